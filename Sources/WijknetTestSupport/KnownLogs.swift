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

    /// Two quarters with February empty: partners A (social), B (care), C (safety), D (social)
    /// and young person Y ("Sam de Vries"); 31-03 23:59 is the last minute of Q1.
    /// `WijknetTests/TimeSeriesTests` derives its figures by hand.
    public static let twoQuarters = (log: """
        date,source,target,about,place,type
        2025-01-10,A,B,,,overleg
        2025-01-20,B,C,,,overleg
        2025-03-31T23:59,A,C,Y,,casusoverleg
        2025-04-15,A,B,,,overleg
        2025-05-20,B,D,,,overleg
        """, actors: """
        id,name,kind,domain
        A,Jongerenwerk,partner,social
        B,Jeugdzorg,partner,care
        C,Wijkagent,partner,safety
        D,Buurtsport,partner,social
        Y,Sam de Vries,youth,
        """)
}
