/// Small contact logs that several test targets read, with their actors files.
public enum KnownLogs {
    /// Four partners (wt, jgz, pol, club) and five young people (Y1…Y5): four signals from wt,
    /// one followed up by jgz, two partner ties, Y5 seen by three domains. `WijknetTests/
    /// JudgementTests` derives every finding's score and their order by hand; `WijknetCLITests/
    /// VerdictCLITests` checks their Dutch sentences.
    public static let verdictLog = """
        date,source,target,about,place,type
        2025-03-01,wt,,Y1,,signaal
        2025-03-03,jgz,,Y1,,overleg
        2025-03-01,wt,,Y2,,signaal
        2025-03-01,wt,,Y3,,signaal
        2025-03-01,wt,,Y4,,signaal
        2025-03-02,club,,Y1,,overleg
        2025-03-05,wt,jgz,,,overleg
        2025-03-05,wt,pol,,,overleg
        2025-03-06,wt,,Y5,,overleg
        2025-03-06,jgz,,Y5,,overleg
        2025-03-06,pol,,Y5,,overleg
        """

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

    /// Two neighbourhoods, Noord (municipality Stad) and Zuid (Dorp), and two region-wide
    /// partners without a neighbourhood: Politie (safety) and Jeugdgezondheidszorg (care).
    /// `WijknetTests/UnitsTests` derives every figure of the side-by-side table by hand.
    ///
    ///     r1 2025-01-10  JN–ZN about Y1 at PN   place PN          → Noord
    ///     r2 2025-01-12  POL–JN about Y1 signal no place, Y1      → Noord
    ///     r3 2025-01-15  ZN about Y1            no place, Y1      → Noord (follows up r2)
    ///     r4 2025-01-20  POL–JZ about Y2 signal no place, Y2      → Zuid
    ///     r5 2025-02-01  JZ–POL                 source JZ         → Zuid
    ///     r6 2025-02-10  JZ about Y3            no place, Y3      → Zuid
    ///     r7 2025-03-05  POL–GGD                nobody has a wijk → no unit (region only)
    public static let twoNeighbourhoods = (log: """
        date,source,target,about,place,type
        2025-01-10,JN,ZN,Y1,PN,overleg
        2025-01-12,POL,JN,Y1,,signaal
        2025-01-15,ZN,,Y1,,overleg
        2025-01-20,POL,JZ,Y2,,signaal
        2025-02-01,JZ,POL,,,overleg
        2025-02-10,JZ,,Y3,,activiteit
        2025-03-05,POL,GGD,,,overleg
        """, actors: """
        id,name,kind,domain,neighbourhood,municipality
        JN,Jongerenwerk Noord,partner,social,Noord,Stad
        ZN,Wijkzorg Noord,partner,care,Noord,Stad
        JZ,Jongerenwerk Zuid,partner,social,Zuid,Dorp
        POL,Politie,partner,safety,,
        GGD,Jeugdgezondheidszorg,partner,care,,
        PN,Pleintje Noord,place,,Noord,Stad
        Y1,Noor Bakker,youth,,Noord,Stad
        Y2,Daan Smit,youth,,Zuid,Dorp
        Y3,Mila Jansen,youth,,Zuid,Dorp
        """)
}
