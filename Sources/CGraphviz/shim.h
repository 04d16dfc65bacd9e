// The one place Wijknet touches Graphviz's C headers. Only WijknetGraphviz imports this module.
#ifndef WIJKNET_CGRAPHVIZ_SHIM_H
#define WIJKNET_CGRAPHVIZ_SHIM_H
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>
#endif
