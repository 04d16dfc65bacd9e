/// Small contact logs that several test targets read, with their actors files.
public enum KnownLogs {
    /// Partners A, B (social) and C (care) in the actors file; U only in the log, so of unknown
    /// domain. Rows: A–B, A–C, A–U, C–U, B–U, and A with young person Y (named "Lotte Visser")
    /// at place P. `WijknetTests/GroupingTests` derives its figures by hand.
    public static let partnerOfUnknownDomain = (log: """
        date,source,target,about,place,type
        2025-01-01,A,B,,,overleg
        2025-01-02,A,C,,,overleg
        2025-01-03,A,U,,,overleg
        2025-01-04,C,U,,,overleg
        2025-01-05,B,U,,,overleg
        2025-01-06,A,,Y,P,activiteit
        """, actors: """
        id,name,kind,domain,organisation
        A,Jongerenwerk Noord,partner,social,Jongerenwerk
        B,Buurtsport,partner,social,Jongerenwerk
        C,Jeugdzorg,partner,care,Kompas
        P,Speeltuin,place,,
        Y,Lotte Visser,youth,,
        """)
}
