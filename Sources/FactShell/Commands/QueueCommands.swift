import FactFormats
import FactModel

/// Moving between the articles of a JSONL queue: back to an earlier one, or to any by number or id.
enum QueueCommands {
    static let all: [CommandSpec] = [article]

    static let article: CommandSpec = CommandSpec(
        "article", aliases: ["goto"], usage: "article [N|ID|next|prev]",
        summary: "list the queue's articles, or open another one (by number, id, next or prev)",
        details: "With no argument, lists the articles of the queue with their progress. Every decision is already saved, so moving never loses work; a done article opens read-only until reopen.",
        completion: .words(["next", "prev"])
    ) { shell, words throws(ShellError) in
        guard let target = words.arguments.first else {
            shell.listQueue()
            return .proceed
        }
        let count = shell.queue.count
        let index: Int
        switch target.lowercased() {
        case "next": index = (shell.queueIndex + 1) % count
        case "prev", "previous": index = (shell.queueIndex + count - 1) % count
        default:
            if target.count <= 9, let number = Int(target), (1...count).contains(number) {
                index = number - 1
            } else if let found = shell.queue.firstIndex(where: { $0.id == target }) {
                index = found
            } else {
                throw ShellError("no article '\(SafeText.escape(String(target.prefix(80))))' in the queue: give 1 to \(count) or an id (article lists them)")
            }
        }
        guard index != shell.queueIndex else { throw ShellError("article \(index + 1) is the one open") }
        try shell.switchTo(queueIndex: index)
        shell.greet()
        return .proceed
    }
}

extension AnnotationShell {
    /// One line per article of the queue: number, id, whether it is done, and the open one marked.
    func listQueue() {
        for (index, article) in queue.enumerated() {
            let path = options.sessionPath ?? FactFormatsBridge.sessionPath(for: article, options: options)
            let state: String
            switch FactFormatsBridge.status(ofSessionAt: path) {
            case .complete?: state = renderer.style.success("done")
            case .inProgress?: state = "in progress"
            case nil: state = renderer.style.dim("not started")
            }
            let marker = index == queueIndex ? "▶" : " "
            output.line("\(marker) \(index + 1). \(SafeText.escape(article.id)) · \(state)")
        }
    }
}
