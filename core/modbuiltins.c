// SPDX-License-Identifier: MIT
// Placeholder: this file is being written.
typedef int mps_placeholder_modbuiltins_t;
