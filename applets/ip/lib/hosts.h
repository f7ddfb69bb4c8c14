/* ip -r: an address's name from /etc/hosts, as glibc's "files" source
 * answers gethostbyaddr().  (No DNS: ipbox carries no resolver.) */
#ifndef IPBOX_HOSTS_H
#define IPBOX_HOSTS_H

/* the first name of the first /etc/hosts line with this address, copied
 * into BUF (CAP bytes); NULL when there is none */
const char *hosts_name(int af, const void *addr, char *buf, unsigned cap);

/* iproute2's format_host: with -r the name, else the address as
 * format_addr prints it (BUF has ADDR_BUF bytes) */
const char *format_host(int af, const void *addr, char *buf);

#endif
