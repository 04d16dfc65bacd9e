import Foundation
import Testing
import Wijknet
@testable import WijknetServer

/// What one request may make the server hold or say: the header row's width, the report cache,
/// the header cells an upload's answer shows.
@Suite("Server bounds")
struct ServerBoundsTests {
    /// Feeds `text` in chunks of `chunk` bytes; the verdict of the first refusal, else `true`.
    func fits(_ bytes: [UInt8], chunk: Int = 65_536) -> (fits: Bool, width: HeaderWidth) {
        var w = HeaderWidth()
        var start = 0
        while start < bytes.count {
            let end = min(start + chunk, bytes.count)
            if !bytes[start..<end].withUnsafeBytes({ w.feed($0) }) { return (false, w) }
            start = end
        }
        return (true, w)
    }

    @Test func aHeaderRowOfMillionsOfColumnsIsRefusedAtOnce() {
        let huge = Array(String(repeating: "a,", count: 2_600_000).utf8) + [0x0A]
        let started = Date()
        let r = fits(huge)
        #expect(!r.fits && r.width.columns == HeaderWidth.maximum + 1)
        #expect(Date().timeIntervalSince(started) < 2)
        #expect(!fits(Array(String(repeating: "\t", count: 1_000).utf8)).fits)        // tab, without a line end yet
        #expect(!fits(Array(("sep=;\n" + String(repeating: "x;", count: 1_000) + "\n").utf8)).fits)
        // A stray quote does not hide the delimiters after it.
        #expect(!fits(Array(("\"" + String(repeating: ",", count: 1_000) + "\n").utf8)).fits)
    }

    @Test func headersWithinTheMaximumPassAndTheRowsAfterThemAreNotCounted() {
        let widest = fits(Array((String(repeating: "c,", count: HeaderWidth.maximum - 1) + "c\r\n").utf8), chunk: 7)
        #expect(widest.fits && widest.width.complete && widest.width.columns == HeaderWidth.maximum)
        let rows = fits(Array(("\n\ndate;source\n" + String(repeating: "1;2;", count: 5_000) + "\n").utf8))
        #expect(rows.fits && rows.width.complete && rows.width.columns == 2)
        let sep = fits(Array("sep=,\ndate,source,target\n".utf8))
        #expect(sep.fits && sep.width.columns == 3)
    }

    /// Issue 28: a log the computer cannot analyse is refused with what it needs and what is
    /// free. 500 MB of log: 256 MB + 8 × 500 MB = 4,256 MB ≈ 4,2 GB; 1 GB free.
    @Test func aLogLargerThanTheFreeMemoryIsRefusedWithBothFigures() {
        let log = 500 << 20
        #expect(MemoryBudget.needed(logBytes: log) == (256 << 20) + 8 * log)
        #expect(MemoryBudget.largestLog(available: 1 << 30) == ((1 << 30) - (256 << 20)) / 8)
        #expect(MemoryBudget.largestLog(available: 100 << 20) == 0)
        #expect(log > MemoryBudget.largestLog(available: 1 << 30))
        #expect(log <= MemoryBudget.largestLog(available: 5 << 30))
        #expect(log > MemoryBudget.largestLog(available: 4 << 30))
        let m = PageText.tooLargeForMemory("groot.csv", needed: MemoryBudget.needed(logBytes: log), available: 1 << 30)
        #expect(m.hasPrefix("groot.csv is te groot voor het werkgeheugen") && m.contains("ongeveer 4,2 GB") && m.contains("nu 1,0 GB vrij"), "\(m)")
        #expect(MemoryBudget.parseAvailable("MemTotal:       24000000 kB\nMemFree:  100 kB\nMemAvailable:   2048 kB\n") == 2048 * 1024)
        #expect(MemoryBudget.parseAvailable("MemTotal: 1 kB\n") == nil)
    }

    @Test func theRefusalNamesTheLimitAndTheFile() {
        let m = PageText.tooWide("breed.csv")
        #expect(m.hasPrefix("breed.csv: ") && m.contains("meer dan 1000 kolommen"), "\(m)")
    }

    /// The export of a registration system (samples/zuiderhof-export): the server works out the
    /// mapping the form arrives with; a file with Wijknet's own names needs none.
    @Test func theMappingIsWorkedOutFromTheHeaders() {
        let shown = UploadHeaders.shown(Array("Datum;Medewerker;Contact met;Jongere;Locatie;Soort contact;Duur\n".utf8), fileName: "export.csv", slot: "log")
        #expect(UploadHeaders.suggestion(shown, slot: "log") == ["date": "Datum", "source": "Medewerker", "target": "Contact met", "about": "Jongere",
                                                                   "place": "Locatie", "type": "Soort contact", "weight": "Duur"])
        let own = UploadHeaders.shown(Array("date,source,target,about,place,type,weight\n".utf8), fileName: "c.csv", slot: "log")
        #expect(UploadHeaders.suggestion(own, slot: "log").isEmpty)
        #expect(UploadHeaders.suggestion(["Datum", "Medewerker"], slot: "actors").isEmpty)
    }

    /// An actors file without a header starts with a young person's id and name: they must not
    /// come back as "headers". Only known column names are shown, unless the row is a header.
    @Test func aRowOfDataIsNotEchoedAsHeaders() {
        let actors = UploadHeaders.shown(Array("j-17;Piet Jansen;youth;;Noord\nj-18;Anna;youth;;Zuid\n".utf8), fileName: "actoren.csv", slot: "actors")
        #expect(actors == ["kolom 1", "kolom 2", "kolom 3", "kolom 5"])
        let named = UploadHeaders.shown(Array("piet,Piet Jansen,youth\n".utf8), fileName: "a.csv", slot: "actors")
        #expect(named == ["kolom 1", "kolom 2", "kolom 3"])
        let log = UploadHeaders.shown(Array("15-03-2025,p-1,p-2,j-9,buurthuis,overleg,1\n".utf8), fileName: "log.csv", slot: "log")
        #expect(log == (1...7).map { "kolom \($0)" })
        #expect(UploadHeaders.suggestion(log, slot: "log").isEmpty, "no header, no suggestion from data cells")
        // A known column name in a row of data is only a column name.
        #expect(UploadHeaders.shown(Array("p-3,Wijk,partner\n".utf8), fileName: "a.csv", slot: "actors") == ["kolom 1", "Wijk", "kolom 3"])
    }

    /// A graph file (GraphML, GEXF, node-link JSON) has no header row: nothing is shown from it,
    /// not even a minified JSON's first line full of ids.
    @Test func aGraphFileShowsNoHeaders() {
        let json = Array("{\"nodes\": [{\"id\": \"Piet Jansen\", \"kind\": \"youth\"}, {\"id\": \"source\"}], \"edges\": []}\n".utf8)
        #expect(UploadHeaders.shown(json, fileName: "netwerk.json", slot: "log") == [])
        #expect(UploadHeaders.shown(Array("<?xml version=\"1.0\"?>\n<graphml>".utf8), fileName: "netwerk.GraphML", slot: "log") == [])
        #expect(UploadHeaders.shown(Array("<gexf>".utf8), fileName: "n.gexf", slot: "log") == [])
        #expect(isGraphFileName("a.json") && isGraphFileName("b.GEXF") && !isGraphFileName("c.csv") && !isGraphFileName("d.xlsx"))
    }

    @Test func aHeaderRowShowsItsOwnNames() {
        let log = UploadHeaders.shown(Array("Wanneer,Wie,Met wie,Over,Waar,Soort,Gewicht\n".utf8), fileName: "eigen.csv", slot: "log")
        #expect(log == ["Wanneer", "Wie", "Met wie", "Over", "Waar", "Soort", "Gewicht"])
        let actors = UploadHeaders.shown(Array("ID;Volledige naam;Soort\n".utf8), fileName: "a.csv", slot: "actors")
        #expect(actors == ["ID", "Volledige naam", "Soort"])
        // Names Wijknet does not know at all: the row may be data, so only places.
        #expect(UploadHeaders.shown(Array("Code;Volledige naam\n".utf8), fileName: "a.csv", slot: "actors") == ["kolom 1", "kolom 2"])
        #expect(UploadHeaders.shown(Array("[doel]\n".utf8), fileName: "goals.toml", slot: "goals") == [])
    }

    /// Keyed by what decides the report: unknown parameters and other spellings of a date are
    /// the same report; at most a few are kept, the least recently used going first.
    @Test func theReportCacheIgnoresUnknownParametersAndStaysSmall() throws {
        var cache = ReportCache()
        let a = try ReportQuery(["from": "2025-07-01", "lang": "en", "x": "1"])
        cache.put(a, [1])
        #expect(cache.get(try ReportQuery(["from": "01-07-2025", "lang": "en", "y": "2", "actor": "p-1"])) == [1])
        #expect(cache.get(try ReportQuery(["from": "2025-07-02", "lang": "en"])) == nil)
        cache.removeAll()
        for i in 0..<50 { cache.put(try ReportQuery(["x\(i)": "\(i)"]), [2]) }
        #expect(cache.count == 1)                          // fifty spellings of one report
        for day in 10..<20 { cache.put(try ReportQuery(["from": "2025-07-\(day)"]), [UInt8(day)]) }
        #expect(cache.count == ReportCache.capacity)
        #expect(cache.get(try ReportQuery(["from": "2025-07-10"])) == nil)
        #expect(cache.get(try ReportQuery(["from": "2025-07-16"])) == [16])    // used: now the most recent
        cache.put(try ReportQuery(["from": "2025-07-25"]), [25])
        #expect(cache.get(try ReportQuery(["from": "2025-07-16"])) == [16])
        #expect(cache.get(try ReportQuery(["from": "2025-07-17"])) == nil)
    }
}
