public enum WijknetGraphvizNamespace {}
