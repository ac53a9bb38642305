import MarginaliaEntities

/// The user model's rows of the command table (`CommandTable.all` includes them).
enum LearningCommands {
    static let specs: [CommandSpec] = [
        CommandSpec("model", "what corrections taught the entity suggestions; :model reset forgets it", context: .global) { app, i in
            app.apply(app.learning.modelCommand(i.arguments))
        },
        CommandSpec("entities-done", "mark the article's entity corrections complete (unmarked names count as not names)", context: .global) { app, _ in
            app.annotate { [$0.learner.markEntitiesDone($1)] }
        },
    ]
}
