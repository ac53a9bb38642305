import MarginaliaEntities

/// The user model's rows of the command table (`CommandTable.all` includes them).
enum LearningCommands {
    static let specs: [CommandSpec] = [
        CommandSpec("model", "what corrections taught the entity suggestions; :model reset forgets it", context: .global) { app, i in
            app.modelCommand(i.arguments)
        },
        CommandSpec("entities-done", "mark the article's entity corrections complete (unmarked names count as not names)", context: .global) { app, _ in
            app.markEntitiesDone()
        },
        CommandSpec("mark-entity", "mark the selection as an entity: :mark-entity PER|LOC|ORG|MISC", context: .article) { app, i in
            guard let type = i.arguments.first.flatMap({ EntityType(rawValue: $0.uppercased()) }) else {
                app.show(message: "usage: :mark-entity PER|LOC|ORG|MISC", error: true)
                return
            }
            app.retypeSelection(to: type)
        },
    ]
}
