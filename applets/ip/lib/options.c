#include "applets/ip/lib/options.h"

struct ip_options G = { .loops = 10, .sl = "\n" };
