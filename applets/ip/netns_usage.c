/* ip netns help: iproute2 6.1's usage text. */
#include "applets/ip/ip.h"
#include "applets/ip/netns.h"

static const char usage_text[] =
	"Usage:\tip netns list\n"
	"\tip netns add NAME\n"
	"\tip netns attach NAME PID\n"
	"\tip netns set NAME NETNSID\n"
	"\tip [-all] netns delete [NAME]\n"
	"\tip netns identify [PID]\n"
	"\tip netns pids NAME\n"
	"\tip [-all] netns exec [NAME] cmd ...\n"
	"\tip netns monitor\n"
	"\tip netns list-id [target-nsid POSITIVE-INT] [nsid POSITIVE-INT]\n"
	"NETNSID := auto | POSITIVE-INT\n";

void netns_usage(void)
{
	usage_exit(USAGE(usage_text, "Usage: ip netns { list | add | attach | set | delete | identify | pids | exec | monitor | list-id } ...\n"), RC_USAGE);
}
