// zlib's inflate, for unpacking .xlsx parts within bounds (Sources/Wijknet/Input/ZIPPartReader.swift).
#include <zlib.h>
