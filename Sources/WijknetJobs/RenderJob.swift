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

    /// The diagram of `eco` in ``format``: the analyses the view shows (its node sizes, and the
    /// gaps for the gaps view and the partners view's missing links) computed here, once, as
    /// `analyse` and `gaps` compute them; the view only draws them.
    /// - Throws: ``WijknetError/invalidRequest(_:)`` for an unknown size measure, or when
    ///   Graphviz cannot lay it out.
    public func render(_ eco: Ecosystem) throws -> Data {
        guard let measure = NodeMeasure(rawValue: sizeBy) else {
            throw WijknetError.invalidRequest(.unknownSizeMeasure(sizeBy, known: ViewOptions.sizeMetrics))
        }
        let top = missingLinks ?? (view == .gaps ? 10 : 0)
        var gapsOptions = GapsOptions()
        gapsOptions.top = top
        let gaps = view == .gaps || (view == .partners && top > 0) ? GapsAnalysis(eco, options: gapsOptions) : nil
        var options = ViewOptions(view: view, lang: lang, sizeBy: sizeBy, aggregateYouthAbove: aggregateYouthAbove,
                                  neighbourhood: neighbourhood, domain: domain, minWeight: minWeight, top: self.top,
                                  showYouthNames: showYouthNames, missingLinks: [], missingLinksTop: top, title: title)
        options.sizes = measure.values(eco.graph)
        options.gaps = gaps
        if view == .partners, let gaps { options.missingLinks = Diagram.missingLinkPairs(eco, gaps, top: top) }
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
