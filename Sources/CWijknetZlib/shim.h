// zlib's inflate, for unpacking .xlsx parts within bounds (Sources/WijknetIngest/XLSX/ZIPPartReader.swift).
#include <zlib.h>
