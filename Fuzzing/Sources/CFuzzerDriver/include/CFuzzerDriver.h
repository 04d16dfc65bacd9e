#ifndef WIJKNET_CFUZZERDRIVER_H
#define WIJKNET_CFUZZERDRIVER_H

#include <stddef.h>
#include <stdint.h>

/// libFuzzer's entry point for programs that have their own `main` (compiler-rt's
/// FuzzerInterface.h): parses libFuzzer's flags from argv and runs `callback` on every input.
/// Provided by the fuzzer runtime that `-sanitize=fuzzer` links.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

#endif
