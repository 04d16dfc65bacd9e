import Foundation
import Wijknet
import WijknetDiagrams
import WijknetGraphviz

/// `wijknet render`, and the diagrams of `wijknet serve`: one view of the ecosystem laid out
/// and rendered by the Graphviz library (``renderDiagram(_:_:format:engine:)``).
public struct RenderJob {
    public var view: View
    public var format: DiagramFormat = .svg
    public var engine: LayoutEngine = .auto
    public var lang: Language
    public var sizeBy = "degree"
    public var aggregateYouthAbove = 50
    public var neighbourhood: String?
    public var domain: Domain?
    public var minWeight: Double = 0
    public var top: Int?
    /// The top N missing links drawn dashed (partners and gaps views; gaps: default 10).
    public var missingLinks: Int?
    public var title: String?
    public var showYouthNames = false

    public init(view: View, lang: Language) { (self.view, self.lang) = (view, lang) }

    public func run(_ source: LogSource, say: Say) throws -> JobOutput {
        let read = try source.read(say: say)
        var job = self
        job.showYouthNames = source.showYouthNames
        return JobOutput(try job.render(read.ecosystem))
    }

    /// The diagram of `eco` in ``format``.
    /// - Throws: ``WijknetError/invalidRequest(_:)`` when Graphviz cannot lay it out.
    public func render(_ eco: Ecosystem) throws -> Data {
        let pairs = view == .partners ? Diagram.missingLinkPairs(eco, top: missingLinks ?? 0) : []
        let options = ViewOptions(view: view, lang: lang, sizeBy: sizeBy, aggregateYouthAbove: aggregateYouthAbove,
                                  neighbourhood: neighbourhood, domain: domain, minWeight: minWeight, top: top,
                                  showYouthNames: showYouthNames, missingLinks: pairs, missingLinksTop: missingLinks ?? 10, title: title)
        return try renderDiagram(eco, options, format: format, engine: engine)
    }
}

/// The diagrams the page of `wijknet serve` offers by name, and why a name is refused.
public enum PageDiagram {
    public enum Refusal: Error, Equatable {
        /// `ego` without an actor.
        case whichActor
        /// `ego` of an actor that is no partner or place of the ecosystem.
        case noSuchActor(String)
        /// A name that is no diagram.
        case noSuchDiagram
    }

    /// The view of `name`: `domains`, `gaps`, `partners`, `ecosystem`, or `ego` of `actor` (an id,
    /// else a label, of a partner or place: ``linkableActors(_:)``; a place gets its place view,
    /// never a young person).
    /// - Throws: ``Refusal``.
    public static func view(_ name: String, actor: String?, in eco: Ecosystem) throws -> View {
        switch name {
        case "domains": return .domains
        case "gaps": return .gaps
        case "partners": return .partners
        case "ecosystem": return .ecosystem
        case "ego":
            guard let actor else { throw Refusal.whichActor }
            let list = linkableActors(eco)
            guard let a = list.first(where: { $0.id == actor }) ?? list.first(where: { $0.label == actor }) else {
                throw Refusal.noSuchActor(actor)
            }
            return a.kind == .place ? .place(a.id) : .ego(a.id)
        default: throw Refusal.noSuchDiagram
        }
    }
}
