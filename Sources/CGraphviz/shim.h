// The one place Wijknet touches Graphviz's C headers. Only WijknetGraphviz imports this module.
#ifndef WIJKNET_CGRAPHVIZ_SHIM_H
#define WIJKNET_CGRAPHVIZ_SHIM_H
#include <stdlib.h>
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>

/// Graphviz's graph kind for undirected graphs, read through a function: Swift 6 refuses the
/// global variable `Agundirected` (shared mutable state), and Wijknet only ever reads it.
static inline Agdesc_t wijknet_undirected(void) { return Agundirected; }

/// Re-seeds libc's `rand()` before a layout. sfdp (libgvc 2.42) coarsens the graph with
/// `rand()` *before* it calls `srand(start seed)`, so without this its output depends on the
/// previous sfdp layout in the process. Called only while Wijknet holds its Graphviz lock.
static inline void wijknet_seed_libc_rand(unsigned int seed) { srand(seed); }
#endif
