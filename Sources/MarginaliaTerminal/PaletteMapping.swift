import MarginaliaModel

/// Maps theme colours to the colour numbers a terminal offers: the xterm-256 palette, the 8 basic
/// ANSI colours, or nothing. Pure arithmetic, so it is tested without a terminal.
public enum PaletteMapping {
    /// The curses colour number for `color` in `mode`: -1 is the terminal's default colour,
    /// nil means "no colour at all" (ColorMode.none).
    public static func cursesColor(_ color: Color, mode: ColorMode) -> Int? {
        switch mode {
        case .none:
            return nil
        case .ansi256:
            switch color {
            case .terminalDefault: return -1
            case .indexed(let i): return Int(i)
            case .rgb(let r, let g, let b): return nearestXterm256(r, g, b)
            }
        case .ansi8:
            switch color {
            case .terminalDefault: return -1
            case .indexed(let i) where i < 8: return Int(i)
            case .indexed(let i) where i < 16: return Int(i) - 8   // bright forms fold onto the basics
            case .indexed(let i):
                let (r, g, b) = xterm256RGB(Int(i))
                return nearestBasic(r, g, b)
            case .rgb(let r, let g, let b): return nearestBasic(Int(r), Int(g), Int(b))
            }
        }
    }

    // MARK: xterm-256

    /// The six intensity steps of the xterm 6x6x6 colour cube (indices 16...231).
    static let cubeLevels: [Int] = [0, 95, 135, 175, 215, 255]

    /// The nearest colour of the cube or the grey ramp (232...255). The first 16 entries are left
    /// out on purpose: terminals redefine them freely, the cube and ramp are stable.
    public static func nearestXterm256(_ r: UInt8, _ g: UInt8, _ b: UInt8) -> Int {
        let rgb = (Int(r), Int(g), Int(b))
        let ri = nearestCubeStep(rgb.0), gi = nearestCubeStep(rgb.1), bi = nearestCubeStep(rgb.2)
        let cube = (cubeLevels[ri], cubeLevels[gi], cubeLevels[bi])
        let cubeIndex = 16 + 36 * ri + 6 * gi + bi

        let average = (rgb.0 + rgb.1 + rgb.2) / 3
        let greyStep = min(23, max(0, (average - 3) / 10))
        let greyLevel = 8 + 10 * greyStep
        let greyIndex = 232 + greyStep

        let cubeDistance = distance(rgb, cube)
        let greyDistance = distance(rgb, (greyLevel, greyLevel, greyLevel))
        return greyDistance < cubeDistance ? greyIndex : cubeIndex
    }

    /// The RGB value xterm shows for a palette index (the 16 basics as xterm's defaults).
    public static func xterm256RGB(_ index: Int) -> (Int, Int, Int) {
        switch index {
        case 0..<16: return basicRGB[index]
        case 16..<232:
            let i = index - 16
            return (cubeLevels[i / 36], cubeLevels[(i / 6) % 6], cubeLevels[i % 6])
        default:
            let level = 8 + 10 * (min(255, max(232, index)) - 232)
            return (level, level, level)
        }
    }

    static let basicRGB: [(Int, Int, Int)] = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
        (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
    ]

    private static func nearestCubeStep(_ v: Int) -> Int {
        var best = 0
        for (i, level) in cubeLevels.enumerated() where abs(level - v) < abs(cubeLevels[best] - v) { best = i }
        return best
    }

    private static func distance(_ a: (Int, Int, Int), _ b: (Int, Int, Int)) -> Int {
        // Weighted for the eye's sensitivity (green most, blue least), as "redmean" approximations do.
        let dr = a.0 - b.0, dg = a.1 - b.1, db = a.2 - b.2
        return 3 * dr * dr + 4 * dg * dg + 2 * db * db
    }

    // MARK: 8 basic colours

    /// The nearest of black, red, green, yellow, blue, magenta, cyan, white by hue: plain RGB
    /// distance would turn most muted theme colours into black or white and lose the hue that
    /// tells entity types apart. Colours without much saturation become black or white by lightness.
    public static func nearestBasic(_ r: Int, _ g: Int, _ b: Int) -> Int {
        let rf = Double(r) / 255, gf = Double(g) / 255, bf = Double(b) / 255
        let maxC = max(rf, gf, bf), minC = min(rf, gf, bf)
        let chroma = maxC - minC
        if chroma < 0.2 {
            return (maxC + minC) / 2 < 0.5 ? 0 : 7
        }
        var hue: Double
        if maxC == rf {
            hue = 60 * ((gf - bf) / chroma)
        } else if maxC == gf {
            hue = 60 * ((bf - rf) / chroma + 2)
        } else {
            hue = 60 * ((rf - gf) / chroma + 4)
        }
        if hue < 0 { hue += 360 }
        // Sectors of 60 degrees centred on each primary and secondary hue.
        let sectors = [1, 3, 2, 6, 4, 5]   // red, yellow, green, cyan, blue, magenta
        return sectors[Int(((hue + 30).truncatingRemainder(dividingBy: 360)) / 60)]
    }
}
