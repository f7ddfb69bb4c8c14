/* ip -r: an address's name from /etc/hosts, as glibc's "files" source
 * answers gethostbyaddr().  (No DNS: ipbox carries no resolver.) */
#ifndef IPBOX_HOSTS_H
#define IPBOX_HOSTS_H

/* the first name of the first /etc/hosts line with this address, copied
 * into BUF (CAP bytes); NULL when there is none */
const char *hosts_name(int af, const void *addr, char *buf, unsigned cap);

#endif
