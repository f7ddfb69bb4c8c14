# make demo's output without what changes from run to run (tests/demo.expect)
1s/^# .* as ip and ping,/# IP as ip and ping,/
s/link\/ether [0-9a-f:]*/link\/ether MAC/
s/state LOWERLAYERDOWN/state DOWN/
s/ time=[0-9.]* ms$/ time=T ms/
s/, time [0-9]*ms$/, time Tms/
s/^rtt min\/avg\/max\/mdev = .*/rtt min\/avg\/max\/mdev = T/
