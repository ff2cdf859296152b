// SPDX-License-Identifier: MIT
// Configuration of the unix port (overrides core/config.h defaults).
#ifndef PORTS_UNIX_CONFIG_PORT_H
#define PORTS_UNIX_CONFIG_PORT_H

#endif // PORTS_UNIX_CONFIG_PORT_H
