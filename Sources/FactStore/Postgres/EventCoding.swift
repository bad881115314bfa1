import FactFormats
import FactModel
import Foundation

/// Events and sessions as the database keeps them: one event per row in the session file's JSON
/// (sorted keys, times to the millisecond), the session's snapshot as its file's bytes.
enum EventCoding {
    static func encode(_ event: Event) throws(StoreError) -> String {
        let encoder = SessionFile.encoder(pretty: false)
        do { return String(decoding: try encoder.encode(event), as: UTF8.self) } catch {
            throw .data("cannot encode event \(event.seq): \(error)")
        }
    }

    static func decode(_ text: String) throws(StoreError) -> Event {
        let decoder = SessionFile.decoder()
        do { return try decoder.decode(Event.self, from: Data(text.utf8)) } catch {
            throw .data("an event row is not an event: \(SessionFile.reason(error))")
        }
    }

    static func snapshot(_ session: Session) throws(StoreError) -> String {
        do { return String(decoding: try SessionFile(session).encoded(), as: UTF8.self) } catch {
            throw .data("cannot encode the session: \(error)")
        }
    }

    /// Rebuilds a session from its snapshot (verified as a session file is) and the events stored
    /// after it, folded in order; a gap or an event that does not apply is an error.
    static func session(snapshot: String, later: [String], name: String) throws(StoreError) -> Session {
        var session: Session
        do { session = try SessionLoader.session(from: Data(snapshot.utf8), path: name) } catch {
            throw .data(error.description)
        }
        for text in later {
            let event = try decode(text)
            guard event.seq == session.events.count + 1 else {
                throw .data("\(name): event \(event.seq) follows event \(session.events.count)")
            }
            do { try session.fold(event) } catch { throw .data("\(name): event \(event.seq) does not apply: \(error)") }
        }
        return session
    }
}
