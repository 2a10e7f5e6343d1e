// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace uptrack {

/// One SMTP conversation of the receiver that takes pings by e-mail (RFC 5321, the subset a
/// NAS, a backup program or swaks speaks): a pure, bounded state machine in the style of
/// HttpRequestParser. Bytes go in; the replies to send, and the messages received, come
/// out. It never relays and never sends mail: a recipient is accepted only when
/// `acceptRecipient` says it is a ping address.
///
/// What it holds is bounded whatever the peer sends: a command line is at most
/// `maxLineBytes` (longer: 500, and the rest of that line is dropped), a message's data at
/// most `maxMessageBytes` (the rest is counted, not kept, and refused with 552 after the
/// final dot), recipients at most `maxRecipients`, errors at most `maxErrors` (then 421
/// and the end). DATA ends only at <CRLF>.<CRLF>; a bare LF there is data (so no
/// smuggled second message). Commands may be pipelined.
class SmtpSession
{
public:
    struct Limits
    {
        qint64 maxMessageBytes = 1'048'576;
        int maxLineBytes = 2048;
        int maxRecipients = 20;
        int maxErrors = 10;
    };
    /// A message as DATA delivered it (dot-unstuffed, CRLF line ends).
    struct Message
    {
        QString from;    ///< MAIL FROM's address ("" for the null sender <>)
        QStringList to;  ///< the accepted recipients
        QByteArray data; ///< headers and body, at most maxMessageBytes
        bool truncated = false;
    };
    /// What to do after feed() or finishMessage().
    struct Step
    {
        QByteArray reply;               ///< to send, in order (may hold several replies)
        std::optional<Message> message; ///< received: store it, then call finishMessage()
        bool startTls = false;          ///< send `reply`, then start TLS on the connection
        bool close = false;             ///< send `reply`, then close
    };

    /// `acceptRecipient(address)`: whether a RCPT TO address is a ping address ("" or the
    /// reply's text after 250: its ping target is known). `tlsAvailable`: STARTTLS is
    /// offered.
    SmtpSession(Limits limits, QByteArray hostName, bool tlsAvailable,
                std::function<bool(const QString &address)> acceptRecipient);

    /// The 220 greeting, sent when the connection opens.
    QByteArray greeting() const;
    /// Takes bytes from the peer. While a message waits for finishMessage(), commands that
    /// follow it (pipelining) are kept, within the line limit, and answered after.
    Step feed(const QByteArray &bytes);
    /// The message of the last Step was stored (`ok`) or not (451, try again later);
    /// answers it and goes on with what the peer sent meanwhile.
    Step finishMessage(bool ok);
    /// The connection is now TLS (after a Step with startTls): the session starts over,
    /// as RFC 3207 says, and STARTTLS is no longer offered.
    void tlsStarted();

    bool inTls() const { return m_tls; }
    int errors() const { return m_errors; }

private:
    enum class State { Greeted, Ready, HaveSender, HaveRecipient, Data, WaitingCommit, Closed };

    void command(const QByteArray &line, Step *step);
    void dataLine(const QByteArray &line, bool complete, Step *step);
    void error(const QByteArray &reply, Step *step);
    void resetTransaction();
    Step run(Step step);

    Limits m_limits;
    QByteArray m_host;
    bool m_tlsAvailable;
    bool m_tls = false;
    std::function<bool(const QString &)> m_acceptRecipient;
    State m_state = State::Greeted;
    QByteArray m_buffer;         ///< bytes not yet taken
    bool m_droppingLine = false; ///< inside a command line that was too long
    bool m_midLine = false;      ///< DATA: inside a line longer than the buffer keeps
    Message m_message;
    qint64 m_dataBytes = 0; ///< all of DATA's bytes, kept or not
    int m_errors = 0;
};

} // namespace uptrack
