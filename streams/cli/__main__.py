from streams.cli.commands import main

main()
