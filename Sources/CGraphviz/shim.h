// The one place Wijknet touches Graphviz's C headers. Only WijknetGraphviz imports this module.
#ifndef WIJKNET_CGRAPHVIZ_SHIM_H
#define WIJKNET_CGRAPHVIZ_SHIM_H
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>

/// Graphviz's graph kind for undirected graphs, read through a function: Swift 6 refuses the
/// global variable `Agundirected` (shared mutable state), and Wijknet only ever reads it.
static inline Agdesc_t wijknet_undirected(void) { return Agundirected; }
#endif
