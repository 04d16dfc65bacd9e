// Intentionally empty: SwiftPM needs one source file for a C target; the declaration is the header.
#include "CFuzzerDriver.h"
