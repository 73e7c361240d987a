/// Lets `newsreader search '-amerika kim'` work: a query that starts with an exclusion looks like
/// an option to the argument parser, which would reject it as unknown.
enum QueryArgument {
    /// `search`'s options that take a value.
    static let optionsWithValue: Set<String> = ["--limit", "--outlets"]

    /// `search`'s arguments rearranged when its query starts with `-`: the options first, then
    /// `--`, then the query and the paths. Arguments that already hold `--` stay as they are, and so
    /// does every argument list in which the query is not a dash word.
    static func protectingQuery(_ arguments: [String]) -> [String] {
        guard arguments.first == "search", !arguments.contains("--") else { return arguments }
        var options: [String] = [], positionals: [String] = []
        var queryLooksLikeOption = false
        var i = 1
        while i < arguments.count {
            let argument = arguments[i]
            let name = String(argument.prefix { $0 != "=" })
            if optionsWithValue.contains(name) {
                options.append(argument)
                if name == argument, i + 1 < arguments.count {
                    options.append(arguments[i + 1])
                    i += 1
                }
            } else if argument.hasPrefix("--") || argument == "-q" || argument == "-h" {
                options.append(argument)
            } else if argument.hasPrefix("-"), argument.count > 1 {
                if positionals.isEmpty {
                    queryLooksLikeOption = true
                    positionals.append(argument)
                } else {
                    options.append(argument)
                }
            } else {
                positionals.append(argument)
            }
            i += 1
        }
        guard queryLooksLikeOption else { return arguments }
        return ["search"] + options + ["--"] + positionals
    }
}
