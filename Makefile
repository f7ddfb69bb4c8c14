# ipbox: a static multi-call ip + ping.  See README.md.
#
#   make                 build build/ipbox (config/defconfig when no .config):
#                        static musl with musl-gcc when installed, else gcc
#   make ARCH=armhf      static musl for a router CPU, in build-ARCH: armhf,
#                        arm64, mipsel, mips (big-endian), riscv64
#                        (tests/cross-setup.sh ARCH installs the compilers)
#   make check           build, then unit and end-to-end tests
#   make demo            replay the netns tutorial in a sandbox
#   make size            stripped size of the current configuration
#   make size-features   what each feature adds to defconfig
#   make defconfig | tinyconfig | fullconfig | allnoconfig | allyesconfig
#   make menuconfig | oldconfig | olddefconfig | randconfig
#   make check SANITIZE=1  ASan+UBSan build (dynamic, in build-san) and the suite
#   make fuzz            libFuzzer targets (clang), each FUZZ_SECONDS (60) long
#   make check-valgrind  the suite with ipbox under valgrind memcheck (build-vg)
#   make check-cross     every ARCH's build, its tests under qemu-user
#   make cross-setup     install the ARCH compilers and qemu (Debian 12)
#   make size-cross      tiny and defconfig sizes for x86-64 and every ARCH
#   make check-vm        Debian 12's kernel in qemu: kinds that need modules, and
#                        the tutorial in an initramfs (defconfig and tiny)
#   make check-vm-arm    the same tutorial on Debian 12's armhf kernel in
#                        qemu-system-arm (TCG, slow: by hand, not in CI)
#   V=1 verbose; BUILD=dir output folder; CC=; CROSS_COMPILE=prefix-; DESTDIR, PREFIX

# ARCH=...: a router CPU, static musl.  armhf, arm64 and mipsel take
# Debian's multiarch musl-dev:ARCH and its gcc wrapper; Debian 12 has no
# musl for mips (big-endian) and riscv64, so musl 1.2.3 is built from
# Debian's source package once (tests/cross-musl.sh), into build-ARCH/musl.
# An ARCH from the environment (a kernel build's) is not ours: ignored.
CROSS_ARCHS := armhf arm64 mipsel mips riscv64
ifeq ($(origin ARCH),environment)
override ARCH :=
endif
ifneq ($(ARCH),)
ifeq ($(filter $(ARCH),$(CROSS_ARCHS)),)
$(error ARCH=$(ARCH) is not a target: one of $(CROSS_ARCHS))
endif
CROSS_GNU := $(word 2,$(subst :, ,$(filter $(ARCH):%,armhf:arm-linux-gnueabihf \
	arm64:aarch64-linux-gnu mipsel:mipsel-linux-gnu mips:mips-linux-gnu riscv64:riscv64-linux-gnu)))
CROSS_MUSL := $(word 2,$(subst :, ,$(filter $(ARCH):%,armhf:arm-linux-musleabihf-gcc \
	arm64:aarch64-linux-musl-gcc mipsel:mipsel-linux-musl-gcc)))
BUILD ?= build-$(ARCH)
ifeq ($(CROSS_MUSL),)
MUSL_DIR := $(CURDIR)/build-$(ARCH)/musl
CROSS_MUSL := $(MUSL_DIR)/bin/musl-gcc
endif
ifeq ($(origin CC),default)
CC := $(CROSS_MUSL)
endif
STRIP ?= $(CROSS_GNU)-strip
endif

ifeq ($(SANITIZE),1)
BUILD ?= build-san
endif
BUILD ?= build
PREFIX ?= /usr/local
DESTDIR ?=
SHELL := /bin/sh
KCONFIGS := Kconfig $(wildcard applets/*/Kconfig)

# The configuration: CONFIG=FILE when given, else .config when there is one
# (make defconfig, menuconfig, ... write it), else config/defconfig itself,
# expanded into $(BUILD) afresh whenever it or Kconfig changes -- so a plain
# checkout never builds with stale choices.
ifeq ($(origin CONFIG),undefined)
CONFIG_OUT := .config
ifeq ($(wildcard .config),)
CONFIG := $(BUILD)/defconfig.config
else
CONFIG := .config
endif
else
CONFIG_OUT := $(CONFIG)
endif

# The compiler: musl-gcc when it is installed (a static musl build, the
# product), else the host's gcc (glibc, static: some 5x bigger), saying so.
# CROSS_COMPILE=prefix- and SANITIZE=1 take gcc.
ifeq ($(origin CC),default)
ifneq ($(CROSS_COMPILE)$(filter 1,$(SANITIZE)),)
CC := $(CROSS_COMPILE)gcc
else ifneq ($(shell command -v musl-gcc 2>/dev/null),)
CC := musl-gcc
else
CC := gcc
ifeq ($(MAKELEVEL)$(filter-out all check demo size install unit bench,$(or $(MAKECMDGOALS),all)),0)
$(info make: no musl-gcc, so gcc and glibc: a static defconfig of ~800 KB instead of ~150 KB (apt-get install musl-tools))
endif
endif
endif
STRIP ?= $(CROSS_COMPILE)strip

ifeq ($(V),1)
Q :=
else
Q := @
endif

CFLAGS ?= -Os
# -fno-jump-tables: a switch becomes compares, not a table of 8-byte
# addresses (~0.6 KB smaller; the switches are short)
override CFLAGS += -std=c11 -D_GNU_SOURCE -D_FILE_OFFSET_BITS=64 -Wall -Wextra -pipe \
	-ffunction-sections -fdata-sections -fno-asynchronous-unwind-tables \
	-fno-unwind-tables -fno-stack-protector -fno-pie -fno-jump-tables \
	-I$(BUILD) -I.
# x86-64: no SSE registers (ipbox has no floating point), so a variadic
# function no longer saves them on entry (~0.25 KB)
ifneq ($(filter x86_64-%,$(shell $(CC) -dumpmachine 2>/dev/null)),)
override CFLAGS += -mgeneral-regs-only
endif
override LDFLAGS += -Wl,--gc-sections -no-pie -Wl,--build-id=none -Wl,-z,norelro -Wl,--hash-style=gnu \
	-Wl,-z,noseparate-code -Wl,-z,common-page-size=64

# LTO=1 (the default): link-time optimisation, ~2.5 KB smaller; LTO=0 to
# debug.  Not with the sanitizers.
LTO ?= 1
ifeq ($(LTO)$(SANITIZE),1)
override CFLAGS += -flto=auto -flto-partition=one
endif

# SANITIZE=1: AddressSanitizer + UndefinedBehaviorSanitizer, any error
# fatal; needs a glibc compiler (gcc or clang) and a dynamic link.
SAN_FLAGS := -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
ifeq ($(SANITIZE),1)
override CFLAGS += $(SAN_FLAGS) -g
override LDFLAGS += $(SAN_FLAGS)
endif

# Debian's musl-gcc hides the kernel's uapi headers (linux/, asm/); give
# it a folder that holds just those, never the rest of /usr/include.
ifneq ($(findstring musl,$(CC)),)
UAPI := $(BUILD)/uapi
override CFLAGS += -isystem $(UAPI)
endif

SRCS := $(sort $(wildcard core/*.c) $(wildcard applets/*/*.c) $(wildcard applets/*/lib/*.c))
OBJS := $(SRCS:%.c=$(BUILD)/%.o)

all: $(BUILD)/ipbox

ifeq ($(CONFIG),$(BUILD)/defconfig.config)
$(CONFIG): config/defconfig $(KCONFIGS) config/kconfig.sh
	@mkdir -p $(dir $@)
	$(Q)sh config/kconfig.sh config def config/defconfig > $@.tmp
	$(Q)if cmp -s $@.tmp $@; then rm $@.tmp; else mv $@.tmp $@; fi
else
$(CONFIG):
	@mkdir -p $(dir $@)
	$(Q)sh config/kconfig.sh config def config/defconfig > $@.tmp && mv $@.tmp $@
	@echo "  CONFIG  $@ (config/defconfig)"
endif

$(BUILD)/config.h: $(CONFIG) $(KCONFIGS) config/kconfig.sh
	@mkdir -p $(BUILD)
	$(Q)sh config/kconfig.sh header $(CONFIG) > $@.tmp
	$(Q)if cmp -s $@.tmp $@; then rm $@.tmp; else mv $@.tmp $@; fi

# the same symbols for make itself (CONFIG_STATIC decides -static)
$(BUILD)/config.mk: $(BUILD)/config.h
	$(Q)sed -n 's/^#define CONFIG_\([A-Z0-9_]*\) 1$$/CONFIG_\1 := y/p' $< > $@

ifeq ($(filter clean %config,$(MAKECMDGOALS)),)
-include $(BUILD)/config.mk
endif
ifeq ($(CONFIG_STATIC)$(filter 1,$(SANITIZE) $(DYNAMIC)),y)
override LDFLAGS += -static
endif

# (ARCH: the cross compiler's, linux-libc-dev-ARCH-cross)
$(BUILD)/uapi/.stamp:
	@mkdir -p $(BUILD)/uapi
ifneq ($(ARCH),)
	$(Q)for d in linux asm asm-generic; do \
		[ -d /usr/$(CROSS_GNU)/include/$$d ] || { echo "no /usr/$(CROSS_GNU)/include/$$d: run tests/cross-setup.sh $(ARCH)"; exit 1; }; \
		ln -sfn /usr/$(CROSS_GNU)/include/$$d $(BUILD)/uapi/$$d; done
else
	$(Q)ma=$$(gcc -print-multiarch 2>/dev/null); \
	for d in linux asm-generic; do ln -sfn /usr/include/$$d $(BUILD)/uapi/$$d; done; \
	if [ -d /usr/include/$$ma/asm ]; then ln -sfn /usr/include/$$ma/asm $(BUILD)/uapi/asm; \
	else ln -sfn /usr/include/asm $(BUILD)/uapi/asm; fi
endif
	@touch $@

# mips, riscv64: musl from source, once
ifneq ($(MUSL_DIR),)
$(MUSL_DIR)/.built:
	$(Q)sh tests/cross-musl.sh $(ARCH) $(MUSL_DIR)
endif

# rebuild everything when the compiler or its flags change (gcc <-> musl-gcc)
FLAGS_ID := $(CC) $(CFLAGS) $(LDFLAGS)
$(BUILD)/.flags: FORCE
	@mkdir -p $(BUILD)
	@echo '$(FLAGS_ID)' | cmp -s - $@ || echo '$(FLAGS_ID)' > $@
FORCE:

$(BUILD)/%.o: %.c $(BUILD)/config.h $(BUILD)/.flags $(if $(UAPI),$(BUILD)/uapi/.stamp) | $(if $(MUSL_DIR),$(MUSL_DIR)/.built)
	@mkdir -p $(dir $@)
	@[ -n "$(Q)" ] && echo "  CC      $<" || true
	$(Q)$(CC) $(CFLAGS) -MMD -MP -c -o $@ $<

# The applet table: each applet's "//applet: NAME ENTRY SYMBOL [priv]"
# line, beside its code, becomes a declaration and an APPLET() entry for
# core/main.c, in file order
APPLET_SRCS := $(sort $(wildcard applets/*/*.c))
$(BUILD)/applets.h: $(APPLET_SRCS)
	@mkdir -p $(BUILD)
	$(Q)sed -n 's|^//applet:||p' $(APPLET_SRCS) | awk 'BEGIN { print "/* generated by make from the //applet: lines of the applet sources */" } \
		{ print "int " $$2 "(int argc, char **argv);"; e = e " \\\n\tAPPLET(\"" $$1 "\", " $$2 ", CONFIG_" $$3 ", " ($$4 == "priv") ")" } \
		END { print "#define APPLETS" e }' > $@.tmp
	$(Q)if cmp -s $@.tmp $@; then rm $@.tmp; else mv $@.tmp $@; fi
$(BUILD)/core/main.o: $(BUILD)/applets.h

$(BUILD)/ipbox: $(OBJS) $(BUILD)/.flags
	@[ -n "$(Q)" ] && echo "  LD      $@" || true
	$(Q)$(CC) $(CFLAGS) -o $@ $(OBJS) $(LDFLAGS)

-include $(OBJS:.o=.d)

# unit tests: pure code linked with the same objects (no root needed)
UNIT_BINS := $(patsubst tests/unit/%.c,$(BUILD)/unit/%,$(wildcard tests/unit/*_test.c))
LIB_OBJS := $(filter-out $(BUILD)/core/main.o,$(OBJS))
$(BUILD)/unit/%: tests/unit/%.c $(LIB_OBJS) $(BUILD)/.flags
	@mkdir -p $(dir $@)
	@[ -n "$(Q)" ] && echo "  CC      $<" || true
	$(Q)$(CC) $(CFLAGS) -o $@ $< $(LIB_OBJS) $(LDFLAGS)
unit: $(UNIT_BINS)

# make check compiles the fuzz targets too (syntax only, any compiler), so
# a changed interface breaks make check, not only CI's clang step
HOSTCC ?= cc
FUZZ_SRCS := $(wildcard tests/fuzz/*.c)
$(BUILD)/fuzz-syntax.ok: $(FUZZ_SRCS) tests/fuzz/harness.h $(wildcard core/*.h applets/*/*.h applets/*/*/*.h) $(BUILD)/applets.h $(BUILD)/.flags
	@[ -n "$(Q)" ] && echo "  SYNTAX  tests/fuzz" || true
	$(Q)for f in $(FUZZ_SRCS); do $(HOSTCC) -std=c11 -D_GNU_SOURCE -Wall -Wextra -I$(BUILD) -I. -DIPBOX_TEST_HOOKS=1 -fsyntax-only $$f || exit 1; done
	$(Q)touch $@

# --- fuzzing: clang's libFuzzer under ASan+UBSan (tests/fuzz) -------------
# make fuzz: build every tests/fuzz/fuzz_*.c against a full configuration
# in build-fuzz with the test hooks on, then run each FUZZ_SECONDS long.
FUZZ_CC ?= clang
FUZZ_SECONDS ?= 60
FUZZ_BUILD ?= build-fuzz
FUZZ_BINS := $(patsubst tests/fuzz/%.c,$(BUILD)/fuzz/%,$(wildcard tests/fuzz/fuzz_*.c))
$(BUILD)/fuzz/%: tests/fuzz/%.c tests/fuzz/harness.c tests/fuzz/harness.h $(LIB_OBJS) $(BUILD)/.flags
	@mkdir -p $(dir $@)
	@[ -n "$(Q)" ] && echo "  FUZZ    $<" || true
	$(Q)$(CC) $(CFLAGS) -fsanitize=fuzzer -o $@ $< tests/fuzz/harness.c $(LIB_OBJS) $(LDFLAGS)
fuzz-bins: $(FUZZ_BINS)
fuzz:
	@mkdir -p $(FUZZ_BUILD)
	$(Q)sh config/kconfig.sh config yes config/full > $(FUZZ_BUILD)/full.config.tmp
	$(Q)cmp -s $(FUZZ_BUILD)/full.config.tmp $(FUZZ_BUILD)/full.config || \
		mv $(FUZZ_BUILD)/full.config.tmp $(FUZZ_BUILD)/full.config
	$(Q)$(MAKE) --no-print-directory BUILD=$(FUZZ_BUILD) CONFIG=$(FUZZ_BUILD)/full.config \
		CC=$(FUZZ_CC) SANITIZE=1 CFLAGS="-O1 -DIPBOX_TEST_HOOKS=1 -fsanitize=fuzzer-no-link" fuzz-bins
	$(Q)sh tests/fuzz/run.sh $(FUZZ_BUILD)/fuzz $(FUZZ_SECONDS) $(FUZZ)

# --- valgrind: the suite with every ipbox run under memcheck ----------------
# A dynamic musl build in build-vg (memcheck needs a dynamic binary to see
# malloc, and musl's small libc starts ~5x faster under valgrind than
# glibc's: ~0.1 s a run), and a wrapper that tests/run.sh takes for ipbox;
# the unit tests run under memcheck too.  Memcheck writes what it finds
# (errors, definite/indirect/possible leaks) to $(VG_BUILD)/vglog/, one
# file a run (mktemp: every test has its own PID namespace); any report fails the target.  iproute2's side of a
# comparison runs natively.  VG_JOBS tests run at once.  The suite's own
# verdicts are printed but do not count: under valgrind live state
# (lifetimes, IPv6 link-local addresses arriving) can change between the
# iproute2 run and the ipbox run.  TESTS=regex picks a subset, VG_SKIP
# leaves tests out, VG_OPTS adds memcheck options (--track-origins=yes).
# The wrappers name valgrind and mktemp by path: tests run ipbox with odd PATHs.
VG_BUILD ?= build-vg
VG_CC ?= musl-gcc
VG_JOBS ?= 3
VG_SKIP ?=
VG_OPTS ?=
VG_RUN = $(shell command -v valgrind || echo valgrind) -q --error-exitcode=99 --leak-check=full --show-leak-kinds=definite,indirect,possible \
	--errors-for-leak-kinds=definite,indirect,possible --soname-synonyms=somalloc=NONE $(VG_OPTS)
check-valgrind:
	$(Q)$(MAKE) --no-print-directory BUILD=$(VG_BUILD) CC=$(VG_CC) DYNAMIC=1 CFLAGS="-O1 -g" $(VG_BUILD)/ipbox unit
	$(Q)rm -rf $(VG_BUILD)/vglog && mkdir -p $(VG_BUILD)/vglog && chmod 1777 $(VG_BUILD)/vglog
	$(Q)d=$$(cd $(VG_BUILD) && pwd); printf '#!/bin/sh\nexec %s --log-file="$$($(shell command -v mktemp) %s/vglog/XXXXXXXX)" "%s" "$$@"\n' \
		'$(VG_RUN)' "$$d" "$$d/ipbox" > $(VG_BUILD)/ipbox-vg && chmod +x $(VG_BUILD)/ipbox-vg; \
	printf '#!/bin/sh\nexec %s --log-file="$$($(shell command -v mktemp) %s/vglog/XXXXXXXX)" "$$@"\n' '$(VG_RUN)' "$$d" > $(VG_BUILD)/unit-vg && \
		chmod +x $(VG_BUILD)/unit-vg
	$(Q)s=$$(date +%s); IPBOX_SLOW=1 JOBS=$(VG_JOBS) TEST_TIMEOUT=300 UNIT_WRAP=$(VG_BUILD)/unit-vg \
		IPBOX_FILE=$(CURDIR)/$(VG_BUILD)/ipbox SKIP_TESTS='$(VG_SKIP)' sh tests/run.sh $(VG_BUILD)/ipbox-vg | \
		sed 's/^\([0-9]* passed, [0-9]* failed.*\)/suite under valgrind (verdicts not counted): \1/'; \
	echo "valgrind: suite took $$(( $$(date +%s) - s )) s with $(VG_JOBS) jobs"
	$(Q)n=$$(ls $(VG_BUILD)/vglog | wc -l); bad=$$(find $(VG_BUILD)/vglog -type f -size +0 | wc -l); \
	if [ "$$bad" = 0 ]; then echo "valgrind: $$n runs (ipbox and unit tests), 0 with errors or leaks"; \
	else echo "valgrind: $$n runs (ipbox and unit tests), $$bad with errors or leaks:"; \
		find $(VG_BUILD)/vglog -type f -size +0 | head -n 5 | xargs cat; exit 1; fi

# --- cross: the router CPUs (ARCH=...) under qemu-user (tests/cross.sh) ---
# ARCHS= picks some; cross-setup installs their compilers and qemu from
# Debian; size-cross: tiny and defconfig for x86-64 and every ARCH, -Werror
check-cross:
	$(Q)sh tests/cross.sh $(ARCHS)
cross-setup:
	$(Q)sh tests/cross-setup.sh $(ARCHS)
size-cross:
	$(Q)sh tests/cross-size.sh $(ARCHS)
%/full.config.in:
	@mkdir -p $*
	$(Q)sh config/kconfig.sh config yes config/full > $@.tmp
	$(Q)if cmp -s $@.tmp $@; then rm $@.tmp; else mv $@.tmp $@; fi

# --- configuration -------------------------------------------------------
defconfig:
	$(Q)sh config/kconfig.sh config def config/defconfig > $(CONFIG_OUT)
tinyconfig:
	$(Q)sh config/kconfig.sh config no config/tiny > $(CONFIG_OUT)
fullconfig:
	$(Q)sh config/kconfig.sh config yes config/full > $(CONFIG_OUT)
allnoconfig:
	$(Q)sh config/kconfig.sh config no > $(CONFIG_OUT)
allyesconfig:
	$(Q)sh config/kconfig.sh config yes > $(CONFIG_OUT)
randconfig:
	$(Q)sh config/kconfig.sh config rand > $(CONFIG_OUT)
	@head -n 1 $(CONFIG_OUT)

# kconfiglib's tools; Debian's python3 sees python3-kconfiglib, a pyenv one may not
KPY := $(shell for p in python3 /usr/bin/python3; do $$p -c 'import kconfiglib' 2>/dev/null && { echo $$p; break; }; done)
menuconfig oldconfig olddefconfig:
	@if [ -z "$(KPY)" ]; then echo "make $@ needs kconfiglib: apt-get install python3-kconfiglib"; \
	 echo "(make defconfig, tinyconfig, fullconfig, allnoconfig, allyesconfig and randconfig need nothing extra)"; exit 1; fi
	$(Q)[ -f $(CONFIG_OUT) ] || sh config/kconfig.sh config def config/defconfig > $(CONFIG_OUT)
	$(Q)KCONFIG_CONFIG=$(CONFIG_OUT) $(KPY) -c 'import sys, runpy; sys.argv = ["$@"]; runpy.run_module("$@", run_name="__main__")'

# --- install, size, clean ------------------------------------------------
install: $(BUILD)/ipbox
	install -d $(DESTDIR)$(PREFIX)/bin
	install -m 755 $(BUILD)/ipbox $(DESTDIR)$(PREFIX)/bin/ipbox
	$(DESTDIR)$(PREFIX)/bin/ipbox --install -s $(DESTDIR)$(PREFIX)/bin

size: $(BUILD)/ipbox
	$(Q)$(STRIP) -o $(BUILD)/ipbox.stripped $(BUILD)/ipbox
	$(Q)set -- $$(wc -c < $(BUILD)/ipbox.stripped); echo "ipbox stripped: $$1 bytes ($(CC), $(CONFIG))"

# bytes each feature costs: defconfig without one symbol at a time
size-features:
	$(Q)BUILD=$(BUILD) MAKE="$(MAKE) CC=$(CC)" sh tests/bench/features.sh

clean:
	rm -rf $(BUILD)

# --- tests, demo, bench --------------------------------------------------
# make check also builds these configurations into $(BUILD)/cfg/NAME/
# (once; afterwards only what changed), for tests/e2e/unbuilt.sh: what a
# build leaves out must be refused.  tiny is config/tiny; bare has every
# symbol off that depends on another (allnoconfig with the applets);
# objects adds ip's objects, each with every feature off.  CC and ARCH
# pass down to each build; each generates its own config.h and applets.h.
CHECK_CFGS := tiny bare objects
CFG_tiny := no config/tiny
CFG_bare := no $(BUILD)/cfg/bare.in
CFG_objects := no $(BUILD)/cfg/objects.in
$(BUILD)/cfg/bare.in:
	@mkdir -p $(dir $@)
	$(Q)printf 'CONFIG_IP=y\nCONFIG_PING=y\n' > $@
$(BUILD)/cfg/objects.in:
	@mkdir -p $(dir $@)
	$(Q)printf 'CONFIG_IP=y\nCONFIG_PING=y\n' > $@
	$(Q)for o in LINK ADDR NETNS ROUTE RULE NEIGH; do echo "CONFIG_IP_$$o=y"; done >> $@
$(BUILD)/cfg/%.config: $(KCONFIGS) config/kconfig.sh config/tiny $(BUILD)/cfg/bare.in $(BUILD)/cfg/objects.in
	$(Q)sh config/kconfig.sh config $(CFG_$*) > $@.tmp
	$(Q)if cmp -s $@.tmp $@; then rm $@.tmp; else mv $@.tmp $@; fi
$(BUILD)/cfg/%/ipbox: $(BUILD)/cfg/%.config FORCE
	$(Q)$(MAKE) --no-print-directory BUILD=$(BUILD)/cfg/$* CONFIG=$< $(BUILD)/cfg/$*/ipbox
.PRECIOUS: $(BUILD)/cfg/%.config
check-cfgs: $(CHECK_CFGS:%=$(BUILD)/cfg/%/ipbox)

check: $(BUILD)/ipbox $(UNIT_BINS) check-cfgs $(BUILD)/fuzz-syntax.ok
	$(Q)sh tests/run.sh $(BUILD)/ipbox

# make check-vm: this build and config/tiny (built in $(BUILD)/vm/tiny) in
# a booted initramfs under qemu (tests/vm/run.sh)
VM_TINY := $(BUILD)/vm/tiny
check-vm: $(BUILD)/ipbox
	@mkdir -p $(VM_TINY)
	$(Q)sh config/kconfig.sh config no config/tiny > $(VM_TINY)/tiny.config.tmp
	$(Q)if cmp -s $(VM_TINY)/tiny.config.tmp $(VM_TINY)/tiny.config; then rm $(VM_TINY)/tiny.config.tmp; \
		else mv $(VM_TINY)/tiny.config.tmp $(VM_TINY)/tiny.config; fi
	$(Q)$(MAKE) --no-print-directory BUILD=$(VM_TINY) CONFIG=$(VM_TINY)/tiny.config $(VM_TINY)/ipbox
	$(Q)sh tests/vm/run.sh $(BUILD)/ipbox $(VM_TINY)/ipbox

# make check-vm-arm: the armhf build (make ARCH=armhf, defconfig) in
# Debian's armmp kernel under qemu-system-arm -M virt: the tutorial and eth0
check-vm-arm:
	$(Q)MAKEFLAGS= $(MAKE) --no-print-directory ARCH=armhf
	$(Q)VM_ARCH=armhf sh tests/vm/run.sh build-armhf/ipbox

demo: $(BUILD)/ipbox
	$(Q)sh tests/demo.sh $(BUILD)/ipbox

bench: $(BUILD)/ipbox
	$(Q)sh tests/bench/run.sh $(BUILD)/ipbox

.PHONY: FORCE all size-features defconfig tinyconfig fullconfig allnoconfig allyesconfig randconfig \
	menuconfig oldconfig olddefconfig install size clean check check-cfgs unit demo bench fuzz fuzz-bins check-valgrind \
	check-cross check-vm check-vm-arm cross-setup size-cross
