// SPDX-License-Identifier: MIT
// Placeholder: the regex engine is written next.
