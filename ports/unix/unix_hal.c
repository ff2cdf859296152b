// SPDX-License-Identifier: MIT
typedef int mps_placeholder_unix_hal_t;
