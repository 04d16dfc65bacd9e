import Foundation
import Testing

/// `wijknet serve` with a partner survey in the page's fourth slot: the report then has its
/// `survey` section (as `wijknet report --survey`), and without the actors file the page says in
/// Dutch that the survey needs it.
@Suite("wijknet serve: the partner survey")
struct ServeSurveyTests {
    static func sample(_ name: String) throws -> String {
        try String(contentsOfFile: repo.appendingPathComponent("samples/enquete/\(name)").path, encoding: .utf8)
    }
    /// A log among the sample survey's partners.
    static let log = "datum,van,naar\n06-01-2025,jw,wt\n07-01-2025,wt,jgz\n08-01-2025,wa,jw\n"

    @Test func theReportShowsTheSurveySection() throws {
        let server = try ServeProcess()
        defer { server.stop() }
        let session = try server.session()
        let page = try server.http.request("GET", "/?token=\(server.token)")
        #expect(page.body.contains("id=\"drop-survey\"") && page.body.contains("4. Partnerenquête"))
        #expect(try server.upload("log", Self.log, name: "contacten.csv", session: session).status == 200)
        #expect(try server.upload("survey", try Self.sample("enquete.csv"), name: "enquete.csv", session: session).status == 200)
        let without = try server.http.request("GET", "/report", ["X-Wijknet-Session: \(session)"])
        #expect(without.status != 200 && without.body.contains("heeft het actorenbestand nodig"), "\(without.status) \(without.body)")
        #expect(try server.upload("actors", try Self.sample("actoren.csv"), name: "actoren.csv", session: session).status == 200)
        let report = try server.http.request("GET", "/report", ["X-Wijknet-Session: \(session)"])
        #expect(report.status == 200, "\(report.body.prefix(500))")
        #expect(report.body.contains("<section id=\"survey\">\n<h2>Partnerenquête</h2>"))
        #expect(report.body.contains("Partnerenquête enquete.csv: 5 partners, 4 hebben geantwoord."))
        #expect(try server.http.request("POST", "/forget/survey", ["X-Wijknet-Session: \(session)", "Origin: http://127.0.0.1:\(server.port)"]).status == 200)
        let after = try server.http.request("GET", "/report", ["X-Wijknet-Session: \(session)"])
        #expect(after.status == 200 && !after.body.contains("<section id=\"survey\">"))
    }

    /// The survey reader's warnings reach the page in Dutch (its typed values), beside the log's.
    @Test func theSurveysWarningsAreShownInDutch() throws {
        let server = try ServeProcess()
        defer { server.stop() }
        let session = try server.session()
        #expect(try server.upload("actors", try Self.sample("actoren.csv"), name: "actoren.csv", session: session).status == 200)
        #expect(try server.upload("log", Self.log, name: "contacten.csv", session: session).status == 200)
        #expect(try server.upload("survey", "respondent,partner,frequentie,extra\njw,wt,2,x\n", name: "enquete.csv", session: session).status == 200)
        let checked = try server.http.request("GET", "/validate", ["X-Wijknet-Session: \(session)"])
        #expect(checked.status == 200 && checked.body.contains("enquete.csv: 1 kolom die Wijknet niet kent genegeerd: 'extra'."), "\(checked.body)")
        #expect(!checked.body.contains("ignored"))
    }
}
