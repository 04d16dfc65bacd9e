import Wijknet

/// `graphml`, `gexf`, `nodelink`: the graph imports (GraphML, GEXF, node-link JSON), as a
/// contact log (`--skip-invalid`): any bytes under each extension.
///
/// Properties: those of ``checkLog(_:what:analysis:isSheet:)`` — the pair rule, weights in range,
/// no young person's id in any message — and an import is undated (every row on the one day).
/// Row order is not checked: a minified JSON file has every edge on line 1.
private let graphMLFile = ScratchFile("graph.graphml")
private let gexfFile = ScratchFile("graph.gexf")
private let nodeLinkFile = ScratchFile("graph.json")

func fuzzGraphML(_ data: UnsafeBufferPointer<UInt8>) { fuzzGraphImport(data, graphMLFile, "GraphML") }
func fuzzGEXF(_ data: UnsafeBufferPointer<UInt8>) { fuzzGraphImport(data, gexfFile, "GEXF") }
func fuzzNodeLink(_ data: UnsafeBufferPointer<UInt8>) { fuzzGraphImport(data, nodeLinkFile, "node-link JSON") }

private func fuzzGraphImport(_ data: UnsafeBufferPointer<UInt8>, _ file: ScratchFile, _ what: String) {
    file.write(data)
    guard let log = readLog(file.path, actors: nil) else { return }
    check(log.undated, "\(what): an import is not marked undated")
    check(log.time.allSatisfy { $0 == Int64(ContactLog.undatedDay) * 86_400 }, "\(what): an undated row has a date")
    checkLog(log, what: what, isSheet: true)
}
