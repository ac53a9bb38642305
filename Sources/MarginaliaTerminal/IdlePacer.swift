/// Decides when to re-render while no key arrives. Rendering is the model's most expensive call
/// (a 1 MB article costs a visible share of a core at ten frames a second), yet an idle screen
/// rarely changes; it changes when background work finishes (analysis, the "saved" indicator).
/// So after each idle frame that came out unchanged the pause doubles, up to `longest`; any
/// change or key brings it back to `shortest`. An idle change thus shows within `longest`.
struct IdlePacer {
    static let shortest = 0.1
    static let longest = 0.8

    private(set) var interval = IdlePacer.shortest
    private var nextDue = 0.0

    func isDue(at now: Double) -> Bool { now >= nextDue }

    /// Call after every frame drawn; `changed` says whether it differed from the one before.
    mutating func drew(at now: Double, changed: Bool) {
        interval = changed ? Self.shortest : min(interval * 2, Self.longest)
        nextDue = now + interval
    }
}
