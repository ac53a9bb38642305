import FoundationEssentials
import MarginaliaEntities
import MarginaliaText

/// `marginalia eval ner --simulate-corrections GOLD.tsv`: plays an annotator who corrects every
/// sentence. For each sentence in order the current user model tags it (scored: the online
/// figure), then the gold labels are applied as the user's corrections (one update). At the
/// checkpoints the frozen model is scored on the next 500 sentences: the learning curve.
enum SimulateCorrections {
    static let checkpoints = [0, 100, 250, 500, 1000, 2000]
    static let window = 500

    /// CPU seconds of the calling thread (the machine may be shared: wall time then says little).
    static func threadCPUTime() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }

    static func run(_ path: String, recognizer: GermanRecognizer, settings: UserNERModel.Settings) {
        let sentences = (try? NERData.germEval(path)) ?? []
        let lexicon = recognizer.extractor.lexicon
        var user = UserNERModel(base: recognizer.model, settings: settings)
        say("\(path): \(sentences.count) sentences; \(GermEvalReader.mappingNote); exact span and type")
        say(CFormat.string("settings: step %.2f, ", Double(settings.step)) + (settings.averaged ? "averaged" : "last")
            + CFormat.string(" deltas, lexicon rules %ld, replay check on the last %ld corrections, refuse above %.0f%% disagreement",
                             Int(settings.lexiconRules.rawValue), settings.replayCapacity, settings.maxReplayDisagreement * 100))
        if let warning = ModelTrainingFile.trainingDataWarning(evaluated: path, trainedOn: recognizer.model.trainingFiles) { say(warning) }
        say("corrected  F1 on the next sentences (P / R)           shipped model alone on them")
        var curve: [(Int, Double)] = []
        var belowAlone: [Int] = []   // checkpoints where the user model scored below the shipped model on the same sentences
        var online = SpanEvaluation(), onlineAlone = SpanEvaluation()
        var times: [Double] = []
        let clock = ContinuousClock()
        var cpu: [Double] = []
        for (i, s) in sentences.enumerated() {
            if checkpoints.contains(i) {
                let next = Array(sentences[i..<min(sentences.count, i + window)])
                let frozen = GermanRecognizer(model: recognizer.model, lexicon: lexicon, user: user)
                let eval = NERData.evaluate(frozen, on: next)
                let alone = NERData.evaluate(recognizer, on: next)
                curve.append((i, eval.overall.f1))
                if eval.overall.f1 < alone.overall.f1 { belowAlone.append(i) }
                say(CFormat.string("%9ld  %.4f (%.4f / %.4f) over %3ld    %.4f", i, eval.overall.f1,
                                   eval.overall.precision, eval.overall.recall, next.count, alone.overall.f1))
            }
            let current = GermanRecognizer(model: recognizer.model, lexicon: lexicon, user: user)
            online.add(goldLabels: s.labels, predictedLabels: current.tag(s.words))
            onlineAlone.add(goldLabels: s.labels, predictedLabels: recognizer.tag(s.words))
            let started = clock.now, cpuStarted = threadCPUTime()
            user.learn(s, extractor: recognizer.extractor)
            cpu.append((threadCPUTime() - cpuStarted) * 1e3)
            let d = clock.now - started
            times.append(Double(d.components.seconds) * 1e3 + Double(d.components.attoseconds) / 1e15)
        }
        let start = curve.first?.1 ?? 0
        let lowest = curve.map(\.1).min() ?? 0
        say(CFormat.string("online F1 (each sentence tagged before its correction): %.4f; shipped model alone: %.4f",
                           online.overall.f1, onlineAlone.overall.f1))
        say(lowest >= start ? "never below the starting F1" : CFormat.string("dipped below the start: lowest %.4f", lowest))
        say(belowAlone.isEmpty ? "never below the shipped model alone on the same sentences"
            : "below the shipped model alone on the same sentences after " + belowAlone.map(String.init).joined(separator: ", ") + " corrected")
        for (name, values) in [("CPU time", cpu), ("wall time", times)] where !values.isEmpty {
            let v = values.sorted(), mean = v.reduce(0, +) / Double(v.count)
            say(name + CFormat.string(" per update: mean %.3f ms, median %.3f ms, 99th percentile %.3f ms, max %.3f ms",
                                      mean, v[v.count / 2], v[min(v.count - 1, v.count * 99 / 100)], v.last!))
        }
        say("\(user.updates) updates, \(user.refusedUpdates) refused by the replay check")
        if let last = sentences.last {
            // Undo of the last correction: the layer learned again from all the others.
            var undone = user
            let cpuStarted = threadCPUTime()
            undone.unlearn(last.words, extractor: recognizer.extractor)
            say(CFormat.string("undo of the last correction (layer learned again from the %ld others): %.0f ms CPU",
                               undone.replay.count, (threadCPUTime() - cpuStarted) * 1e3))
        }
        let size = UserModelFile.encode(user).count
        say("user model: \(size) bytes, \(user.weightRows) weight rows, \(user.lexicon.confirmed.count) confirmed and "
            + "\(user.lexicon.rejected.count) rejected names, \(user.replay.count) corrections kept")
    }
}
