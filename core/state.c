// SPDX-License-Identifier: MIT
// The one instance of the interpreter's global state.

#include "core/state.h"

mps_state_t mps_state;
