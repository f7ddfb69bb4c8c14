#!/usr/bin/env python3
"""Write the seed corpora of tests/fuzz/corpus/ (run as root: it makes a
private network namespace, fills it with iproute2, and records what the
real kernel answers to dumps).  The seeds are committed; rerun this only
to refresh them:  unshare --net --mount python3 tests/fuzz/mkseeds.py
(python3 tests/fuzz/mkseeds.py ping: only fuzz_ping's, which need no kernel)"""
import os, socket, struct, subprocess, sys

D = os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus")

def ip(*a):
    subprocess.run(["ip", *a], check=False, stderr=subprocess.DEVNULL)

def setup():
    ip("link", "set", "lo", "up")
    ip("link", "add", "va", "type", "veth", "peer", "name", "vb")
    ip("link", "add", "br0", "type", "bridge")
    ip("link", "set", "va", "master", "br0")
    ip("link", "set", "va", "alias", "an alias")
    ip("link", "property", "add", "dev", "vb", "altname", "a-long-alt-name")
    for d in ("va", "vb", "br0"):
        ip("link", "set", d, "up")
    ip("addr", "add", "10.1.2.3/24", "brd", "+", "dev", "vb", "label", "vb:1")
    ip("addr", "add", "10.9.9.9", "peer", "10.9.9.10/32", "dev", "vb")
    ip("addr", "add", "2001:db8::1/64", "dev", "vb", "nodad")
    ip("addr", "add", "fe80::1234/64", "dev", "br0", "nodad", "valid_lft", "100", "preferred_lft", "50")
    ip("route", "add", "10.20.0.0/16", "via", "10.1.2.1", "metric", "7", "proto", "static")
    ip("route", "add", "blackhole", "10.30.0.0/16")
    ip("route", "add", "10.40.0.0/16", "dev", "vb", "table", "100", "mtu", "1400")
    ip("-6", "route", "add", "2001:db8:1::/48", "via", "2001:db8::2")
    ip("rule", "add", "from", "10.1.0.0/16", "table", "100", "pref", "100")
    ip("rule", "add", "fwmark", "0x10/0xff", "iif", "vb", "lookup", "main", "pref", "200")
    ip("neigh", "add", "10.1.2.7", "lladdr", "02:00:00:00:00:07", "dev", "vb", "nud", "permanent")
    ip("-6", "neigh", "add", "2001:db8::7", "lladdr", "02:00:00:00:00:08", "dev", "vb")

NLM_F_REQUEST, NLM_F_DUMP = 1, 0x300

def dump(msgtype, family, hdr):
    s = socket.socket(socket.AF_NETLINK, socket.SOCK_RAW, 0)
    s.bind((0, 0))
    body = struct.pack("B", family) + b"\0" * (hdr - 1)
    req = struct.pack("=IHHII", 16 + len(body), msgtype, NLM_F_REQUEST | NLM_F_DUMP, 1, 0) + body
    s.send(req)
    grams = []
    while True:
        g = s.recv(65536)
        grams.append(g)
        if any(True for _ in [0]) and done(g):
            break
    s.close()
    return grams

def done(g):
    off = 0
    while off + 16 <= len(g):
        ln, t = struct.unpack_from("=IH", g, off)
        if t in (2, 3):
            return True
        if ln < 16:
            break
        off += (ln + 3) & ~3
    return False

def frame(grams):
    return b"".join(struct.pack("<H", len(g)) + g for g in grams if len(g) < 0xff00)

def write(target, name, data):
    os.makedirs(os.path.join(D, target), exist_ok=True)
    with open(os.path.join(D, target, name), "wb") as f:
        f.write(data)

# fuzz_ping: arguments, NUL, set-up byte, events KIND LEN DATA (fuzz_ping.c)
ECHO, ECHO_BADSUM, TS, TTL = 0x10, 0x30, 0x40, 0x80
def ev(kind, data=b""):
    return bytes([kind, len(data)]) + data

def ping_seeds():
    ok = ev(ECHO | TS | TTL)
    cases = [
        ("-c 1 127.0.0.1", 0, ok),
        ("-c 3 -i 0.2 10.0.0.2", 0, ok + ok + ok),
        ("-c 3 -i 0.2 10.0.0.2", 1, ok + ev(ECHO_BADSUM, b"\0\0\0\0\0\0\0\0\1") + ok),
        ("-c 2 10.0.0.2", 1, ok + ok + ok),                       # a DUP!
        ("-c 2 -W 1 10.0.0.2", 0, ev(3, b"\0" * 60)),            # no answer
        ("-c 2 -w 3 10.0.0.2", 0, ok + ev(1, b"\0" * 8 + bytes([113, 2, 3, 1]))),
        ("-c 2 10.0.0.2", 0, ev(1, b"\0" * 8 + bytes([90, 1, 0, 0, 0, 5, 220, 0]))),  # local EMSGSIZE
        ("-6 -c 2 fd00::2", 0, ok + ev(1, b"\0" * 8 + bytes([113, 3, 1, 3]))),
        ("-6 -c 1 -I eth0 fe80::2", 0, ok),
        ("-c 2 -q 10.0.0.2", 0, ok + ok),
        ("-f -c 5 10.0.0.2", 0, ok * 4 + ev(2, bytes([111]))),
        ("-c 3 -D -O -i 0.5 10.0.0.2", 0, ok + ev(3, b"\0" * 40) + ok),
        ("-c 2 -s 2000 -p ff00 10.0.0.2", 0, ok + ev(ECHO | TS, b"\0" * 12 + b"\x55")),
        ("-c 2 -s 4 10.0.0.2", 0, ok + ok),
        ("-c 1 -b 10.0.0.255", 4, ok),
        ("-c 1 224.0.0.1", 0, ok),
        ("-c 1 -t 1 -Q 0x10 -m 5 -M do 10.0.0.2", 8, ok),
        ("-c 1 -I 10.0.0.1 10.0.0.2", 16, ok),
        ("-c 1 -I nx0 10.0.0.2", 0, ok),
        ("-c 2 -v -a -n 10.0.0.2", 0, ev(TS | TTL, bytes([0, 0, 0x12, 0x34, 0, 1]) + b"\0" * 8) + ok),
        ("-c 1 10.0.0.2", 3, b""),
        ("-c 3 10.0.0.2", 0, ev(2 | 16, bytes([105])) + ok + ev(2 | 16, bytes([101])) + ok),
        ("-w 2 -i 0.3 10.0.0.2", 0, ok * 3),
        ("-c 2 -U -S 1000 10.0.0.2", 0, ok + ok),
    ]
    for i, (args, setup, evs) in enumerate(cases):
        write("ping", "p%02d" % i, "\n".join(args.split(" ")).encode() + b"\0" + bytes([setup]) + evs)

def main():
    if sys.argv[1:] == ["ping"]:
        ping_seeds()
        return
    ping_seeds()
    setup()
    link = dump(18, 0, 16)      # RTM_GETLINK, ifinfomsg
    addr = dump(22, 0, 8)       # RTM_GETADDR, ifaddrmsg
    route4 = dump(26, 2, 12)    # RTM_GETROUTE, rtmsg
    route6 = dump(26, 10, 12)
    rule = dump(34, 0, 12)      # RTM_GETRULE, fib_rule_hdr
    neigh = dump(30, 0, 12)     # RTM_GETNEIGH, ndmsg
    nsid = dump(90, 0, 4)       # RTM_GETNSID, rtgenmsg
    # fuzz_nlreply: first byte = its command index (see cmds[] there)
    for i in range(10):
        write("nlreply", "link%d" % i, bytes([i]) + frame(link))
    for i in range(10, 17):
        write("nlreply", "addr%d" % i, bytes([i]) + frame(link) + frame(addr))
    for i in range(17, 22):
        write("nlreply", "route%d" % i, bytes([i]) + frame(route6 if i == 18 else route4))
    for i in range(22, 25):
        write("nlreply", "rule%d" % i, bytes([i]) + frame(rule))
    for i in range(25, 28):
        write("nlreply", "neigh%d" % i, bytes([i]) + frame(neigh))
    for i in range(28, 31):
        write("nlreply", "nsid%d" % i, bytes([i]) + frame(nsid))
    # fuzz_cmdline: the seed lines of cmdline.txt, each with the dumps a
    # show might need after a NUL
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "cmdline.txt")) as f:
        n = 0
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            args = "\n".join(line.split(" "))
            replies = {"link": link, "address": link + addr, "route": route4,
                       "rule": rule, "neighbour": neigh}
            obj = next((o for w in line.split(" ") if not w.startswith("-")
                        for o in replies if o.startswith(w)), None)
            data = args.encode()
            if obj and any(w in line for w in ("show", "list", "ls", "flush", "get")) \
                    or line.split(" ")[-1] in ("link", "addr", "route", "rule", "neigh"):
                data += b"\0" + frame(replies[obj] if obj else link)
            write("cmdline", "c%03d" % n, data)
            n += 1
    # fuzz_inet: family byte (0 unspec, 1 inet, 2 inet6, 3 link, 4 mpls, 5 bridge)
    words = [(0, "10.0.0.1/24"), (1, "1.2.3"), (1, "010.1.1.1"), (1, "0x0a.0.0.1/255.255.255.0"),
             (2, "2001:db8::1/64"), (2, "::ffff:1.2.3.4"), (0, "fe80::1%eth0"), (0, "default"),
             (2, "any"), (1, "all"), (3, "02:00:00:00:00:01"), (3, "1.2.3.4"), (0, "1:2:3:4:5:6:7:8/128"),
             (0, "4294967295"), (0, "0x1f"), (0, "-1"), (0, "1/33"), (4, "100/20"), (0, "255.255.0.0")]
    for i, (fam, w) in enumerate(words):
        write("inet", "w%02d" % i, bytes([fam + 6 * (i % 3)]) + w.encode())

main()
