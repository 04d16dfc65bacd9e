import WijknetCLI

WijknetCommand.main()
