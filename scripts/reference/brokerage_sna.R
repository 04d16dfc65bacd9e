#!/usr/bin/env Rscript
# Reference values for Wijknet's Gould–Fernandez brokerage: R's sna::brokerage (statnet).
#
# Run from the repository root (Debian: apt-get install r-base-core r-cran-sna):
#     Rscript scripts/reference/brokerage_sna.R
# It writes Sources/WijknetTestSupport/Fixtures/sna/brokerage.json: for each graph its node
# count, edge (or arc) list, groups, and sna's raw.nli (counts), exp.nli (expected), sd.nli and
# z.nli per node for the five roles, plus the global raw.gli / exp.gli / z.gli. Columns are in
# sna's order w_I, w_O, b_IO, b_OI, b_O, t = coordinator, itinerant (consultant),
# representative, gatekeeper, liaison, total. NaN/Inf are written as null / "Inf".
# Made with R 4.2.2 and sna 2.7-1 (Debian bookworm); output is deterministic.
#
# Nodes are numbered 0..n-1 (networkx's node order for the published graphs, as in
# Fixtures/networkx). An undirected graph is given to sna as its symmetric adjacency matrix,
# i.e. both arcs of every edge — Wijknet's undirected brokerage counts each open two-path in
# both directions and must agree with sna on that matrix.
suppressPackageStartupMessages(library(sna))
library(jsonlite)

pairs <- function(s) matrix(as.integer(strsplit(gsub(" ", "", s), "[,;]")[[1]]), ncol = 2, byrow = TRUE)

graphs <- list(
  # Zachary (1977) karate club, 34 members, 78 ties; groups = the two factions after the split
  # (networkx's "club" attribute: 0 = Mr. Hi, 1 = Officer).
  list(name = "karate", n = 34, directed = FALSE,
       edges = pairs("0,1; 0,2; 0,3; 0,4; 0,5; 0,6; 0,7; 0,8; 0,10; 0,11; 0,12; 0,13; 0,17; 0,19; 0,21; 0,31;
                      1,2; 1,3; 1,7; 1,13; 1,17; 1,19; 1,21; 1,30; 2,3; 2,7; 2,8; 2,9; 2,13; 2,27; 2,28; 2,32;
                      3,7; 3,12; 3,13; 4,6; 4,10; 5,6; 5,10; 5,16; 6,16; 8,30; 8,32; 8,33; 9,33; 13,33; 14,32;
                      14,33; 15,32; 15,33; 18,32; 18,33; 19,33; 20,32; 20,33; 22,32; 22,33; 23,25; 23,27; 23,29;
                      23,32; 23,33; 24,25; 24,27; 24,31; 25,31; 26,29; 26,33; 27,33; 28,31; 28,33; 29,32; 29,33;
                      30,32; 30,33; 31,32; 31,33; 32,33"),
       groups = as.integer(!(0:33 %in% c(0, 1, 2, 3, 4, 5, 6, 7, 8, 10, 11, 12, 13, 16, 17, 19, 21)))),
  # Padgett's Florentine marriage ties (networkx's florentine_families_graph: 15 families, Pucci
  # has no ties and is not in it). Labels: Acciaiuoli, Medici, Castellani, Peruzzi, Strozzi,
  # Barbadori, Ridolfi, Tornabuoni, Albizzi, Salviati, Pazzi, Bischeri, Guadagni, Ginori,
  # Lamberteschi. Groups = the four Louvain communities of Fixtures/networkx/florentine.json
  # (partition louvain_seed42): {Acciaiuoli, Medici, Barbadori, Ridolfi, Tornabuoni},
  # {Castellani, Peruzzi, Strozzi, Bischeri}, {Albizzi, Guadagni, Ginori, Lamberteschi},
  # {Salviati, Pazzi}.
  list(name = "florentine", n = 15, directed = FALSE,
       edges = pairs("0,1; 1,5; 1,6; 1,7; 1,8; 1,9; 2,3; 2,4; 2,5; 3,4; 3,11; 4,6; 4,11; 6,7; 7,12; 8,12;
                      8,13; 9,10; 11,12; 12,14"),
       groups = c(0L, 0L, 1L, 1L, 1L, 0L, 0L, 0L, 2L, 3L, 3L, 1L, 2L, 2L, 2L)),
  # Krackhardt's kite (Andre, Beverly, Carol, Diane, Ed, Fernando, Garth, Heather, Ike, Jane);
  # stated grouping: the kite {Andre..Ed} = 0, the bridge {Fernando, Garth, Heather} = 1,
  # the tail {Ike, Jane} = 2.
  list(name = "kite", n = 10, directed = FALSE,
       edges = pairs("0,1; 0,2; 0,3; 0,5; 1,3; 1,4; 1,6; 2,3; 2,5; 3,4; 3,5; 3,6; 4,6; 5,6; 5,7; 6,7;
                      7,8; 8,9"),
       groups = c(0L, 0L, 0L, 0L, 0L, 1L, 1L, 1L, 2L, 2L)),
  # Hand case of Tests/WijknetGraphTests: star, centre 0, leaves 1..3, all in one group.
  list(name = "star4_one_group", n = 4, directed = FALSE,
       edges = pairs("0,1; 0,2; 0,3"), groups = c(0L, 0L, 0L, 0L)),
  # Directed hand case: arcs A→B, A→C, B→C, B→D, C→D, D→A, groups {A, B}, {C, D}.
  list(name = "directed_hand", n = 4, directed = TRUE,
       edges = pairs("0,1; 0,2; 1,2; 1,3; 2,3; 3,0"), groups = c(0L, 0L, 1L, 1L))
)

num <- function(x) lapply(as.numeric(x), function(v) if (is.nan(v) || is.na(v)) NULL else if (is.infinite(v)) (if (v > 0) "Inf" else "-Inf") else v)
rows <- function(m) lapply(seq_len(nrow(m)), function(i) num(m[i, ]))

out <- list()
for (g in graphs) {
  a <- matrix(0, g$n, g$n)
  a[g$edges + 1] <- 1
  if (!g$directed) a[g$edges[, 2:1, drop = FALSE] + 1] <- 1
  b <- brokerage(a, g$groups)
  out[[g$name]] <- list(
    n = g$n, directed = g$directed,
    edges = lapply(seq_len(nrow(g$edges)), function(i) g$edges[i, ]),
    groups = g$groups,
    raw_nli = rows(b$raw.nli), exp_nli = rows(b$exp.nli), sd_nli = rows(b$sd.nli), z_nli = rows(b$z.nli),
    raw_gli = num(b$raw.gli), exp_gli = num(b$exp.gli), z_gli = num(b$z.gli))
}
fixture <- list(
  generator = "scripts/reference/brokerage_sna.R",
  sna = as.character(packageVersion("sna")), R = R.version.string,
  columns = c("w_I", "w_O", "b_IO", "b_OI", "b_O", "t"),
  roles = c("coordinator", "consultant", "representative", "gatekeeper", "liaison", "total"),
  graphs = out)
dir.create("Sources/WijknetTestSupport/Fixtures/sna", showWarnings = FALSE, recursive = TRUE)
writeLines(toJSON(fixture, auto_unbox = TRUE, digits = NA, null = "null", pretty = TRUE),
           "Sources/WijknetTestSupport/Fixtures/sna/brokerage.json")
for (name in names(out)) cat(name, ": highest node z per role (w_I w_O b_IO b_OI b_O t):",
                              sapply(1:6, function(j) max(sapply(out[[name]]$z_nli, function(r) if (is.null(r[[j]])) -Inf else r[[j]]))), "\n")
