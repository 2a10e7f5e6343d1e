// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "smtpsession.h"

namespace uptrack {

namespace {
// An address of RFC 5321's size: 64 for the local part, 255 for the domain, and the @.
constexpr int kMaxAddress = 320;

// "<a@b> SIZE=10" after "FROM:" or "TO:": the address in angle brackets and the rest.
bool splitPath(QByteArray rest, QByteArray *address, QByteArray *params)
{
    rest = rest.trimmed();
    if (!rest.startsWith('<'))
        return false;
    const qsizetype close = rest.indexOf('>');
    if (close < 0)
        return false;
    *address = rest.mid(1, close - 1).trimmed();
    *params = rest.mid(close + 1).trimmed();
    return address->size() <= kMaxAddress && !address->contains(' ');
}
} // namespace

SmtpSession::SmtpSession(Limits limits, QByteArray hostName, bool tlsAvailable,
                         std::function<bool(const QString &address)> acceptRecipient)
    : m_limits(limits)
    , m_host(std::move(hostName))
    , m_tlsAvailable(tlsAvailable)
    , m_acceptRecipient(std::move(acceptRecipient))
{ }

QByteArray SmtpSession::greeting() const
{
    return "220 " + m_host + " Uptrack ESMTP: pings only, no relay\r\n";
}

SmtpSession::Step SmtpSession::feed(const QByteArray &bytes)
{
    if (m_state == State::Closed)
        return {};
    m_buffer += bytes;
    if (m_state == State::WaitingCommit) {
        // Pipelined commands after the final dot wait for the commit; a peer that keeps
        // sending instead of waiting is cut off before it fills memory.
        if (m_buffer.size() > 8 * qsizetype(m_limits.maxLineBytes)) {
            m_state = State::Closed;
            m_buffer.clear();
            return Step{"421 4.7.0 Too much input while the message is stored, closing\r\n",
                        std::nullopt, false, true};
        }
        return {};
    }
    return run(Step());
}

SmtpSession::Step SmtpSession::finishMessage(bool ok)
{
    if (m_state != State::WaitingCommit)
        return {};
    Step step;
    step.reply = ok ? QByteArray("250 2.0.0 OK: ping received\r\n")
                    : QByteArray("451 4.3.0 Storage unavailable, try again later\r\n");
    resetTransaction();
    m_state = State::Ready;
    return run(std::move(step));
}

void SmtpSession::tlsStarted()
{
    m_tls = true;
    m_buffer.clear(); // nothing sent before the handshake may count (RFC 3207, 4.2)
    resetTransaction();
    m_state = State::Greeted;
}

SmtpSession::Step SmtpSession::run(Step step)
{
    while (m_state != State::Closed && m_state != State::WaitingCommit && !step.startTls
           && !step.close) {
        if (m_state == State::Data) {
            const qsizetype end = m_buffer.indexOf("\r\n");
            if (end < 0) {
                // A line longer than we hold: keep its start as data and go on with the
                // rest (a trailing CR may begin the line's end: it stays).
                if (m_buffer.size() > m_limits.maxLineBytes) {
                    const qsizetype take = m_buffer.size() - 1;
                    dataLine(m_buffer.left(take), false, &step);
                    m_buffer.remove(0, take);
                }
                break;
            }
            const QByteArray line = m_buffer.left(end);
            m_buffer.remove(0, end + 2);
            dataLine(line, true, &step);
            continue;
        }
        const qsizetype end = m_buffer.indexOf('\n');
        if (end < 0) {
            if (m_buffer.size() > m_limits.maxLineBytes) {
                m_droppingLine = true; // answered once its end comes
                m_buffer.clear();
            }
            break;
        }
        QByteArray line = m_buffer.left(end);
        m_buffer.remove(0, end + 1);
        if (line.endsWith('\r'))
            line.chop(1);
        if (m_droppingLine || line.size() > m_limits.maxLineBytes) {
            m_droppingLine = false;
            error("500 5.5.2 Line too long\r\n", &step);
            continue;
        }
        command(line, &step);
    }
    if (step.startTls || step.close)
        m_buffer.clear();
    return step;
}

void SmtpSession::error(const QByteArray &reply, Step *step)
{
    step->reply += reply;
    if (++m_errors > m_limits.maxErrors) {
        step->reply += "421 4.7.0 Too many errors, closing\r\n";
        step->close = true;
        m_state = State::Closed;
    }
}

void SmtpSession::resetTransaction()
{
    m_message = Message();
    m_dataBytes = 0;
    m_midLine = false;
}

void SmtpSession::command(const QByteArray &line, Step *step)
{
    const qsizetype space = line.indexOf(' ');
    const QByteArray verb = (space < 0 ? line : line.left(space)).toUpper();
    const QByteArray arg = space < 0 ? QByteArray() : line.mid(space + 1).trimmed();

    if (verb == "EHLO" || verb == "HELO") {
        if (arg.isEmpty()) {
            error("501 5.5.4 Say who you are: " + verb + " your.host\r\n", step);
            return;
        }
        resetTransaction();
        m_state = State::Ready;
        if (verb == "HELO") {
            step->reply += "250 " + m_host + "\r\n";
            return;
        }
        step->reply += "250-" + m_host + "\r\n250-SIZE "
                + QByteArray::number(m_limits.maxMessageBytes)
                + "\r\n250-8BITMIME\r\n250-PIPELINING\r\n";
        if (m_tlsAvailable && !m_tls)
            step->reply += "250-STARTTLS\r\n";
        step->reply += "250 ENHANCEDSTATUSCODES\r\n";
        return;
    }
    if (verb == "QUIT") {
        step->reply += "221 2.0.0 Bye\r\n";
        step->close = true;
        m_state = State::Closed;
        return;
    }
    if (verb == "NOOP") {
        step->reply += "250 2.0.0 OK\r\n";
        return;
    }
    if (verb == "RSET") {
        resetTransaction();
        if (m_state != State::Greeted)
            m_state = State::Ready;
        step->reply += "250 2.0.0 OK\r\n";
        return;
    }
    if (verb == "VRFY") {
        step->reply += "252 2.5.0 Cannot verify; send a ping\r\n";
        return;
    }
    if (verb == "HELP") {
        step->reply += "214 2.0.0 Mail a ping to <token>@this host: EHLO, MAIL, RCPT, DATA\r\n";
        return;
    }
    if (verb == "STARTTLS") {
        if (!m_tlsAvailable || m_tls)
            error(m_tls ? "503 5.5.1 TLS is on already\r\n"
                        : "502 5.5.1 STARTTLS is not offered here\r\n",
                  step);
        else if (!arg.isEmpty())
            error("501 5.5.4 STARTTLS takes no argument\r\n", step);
        else {
            step->reply += "220 2.0.0 Ready to start TLS\r\n";
            step->startTls = true;
        }
        return;
    }
    if (verb == "MAIL") {
        if (m_state == State::Greeted) {
            error("503 5.5.1 EHLO first\r\n", step);
            return;
        }
        if (m_state != State::Ready) {
            error("503 5.5.1 A sender is given already (RSET to start again)\r\n", step);
            return;
        }
        QByteArray address, params;
        if (!arg.toUpper().startsWith("FROM:") || !splitPath(arg.mid(5), &address, &params)) {
            error("501 5.5.4 Syntax: MAIL FROM:<address>\r\n", step);
            return;
        }
        for (const QByteArray &param : params.split(' ')) {
            const QByteArray p = param.toUpper();
            if (p.isEmpty() || p == "BODY=8BITMIME" || p == "BODY=7BIT")
                continue;
            if (p.startsWith("SIZE=")) {
                bool ok = false;
                const qint64 size = p.mid(5).toLongLong(&ok);
                if (!ok || size < 0) {
                    error("501 5.5.4 SIZE takes a number\r\n", step);
                    return;
                }
                if (size > m_limits.maxMessageBytes) {
                    error("552 5.3.4 Message too big: at most "
                                  + QByteArray::number(m_limits.maxMessageBytes) + " bytes\r\n",
                          step);
                    return;
                }
                continue;
            }
            error("555 5.5.4 Unsupported parameter " + param.left(40) + "\r\n", step);
            return;
        }
        m_message = Message();
        m_message.from = QString::fromUtf8(address);
        m_state = State::HaveSender;
        step->reply += "250 2.1.0 OK\r\n";
        return;
    }
    if (verb == "RCPT") {
        if (m_state != State::HaveSender && m_state != State::HaveRecipient) {
            error("503 5.5.1 MAIL first\r\n", step);
            return;
        }
        QByteArray address, params;
        if (!arg.toUpper().startsWith("TO:") || !splitPath(arg.mid(3), &address, &params)
            || address.isEmpty()) {
            error("501 5.5.4 Syntax: RCPT TO:<address>\r\n", step);
            return;
        }
        if (m_message.to.size() >= m_limits.maxRecipients) {
            error("452 4.5.3 Too many recipients\r\n", step);
            return;
        }
        const QString to = QString::fromUtf8(address);
        if (!m_acceptRecipient || !m_acceptRecipient(to)) {
            error("550 5.1.1 No such ping address (this server takes pings only)\r\n", step);
            return;
        }
        m_message.to.append(to);
        m_state = State::HaveRecipient;
        step->reply += "250 2.1.5 OK\r\n";
        return;
    }
    if (verb == "DATA") {
        if (m_state == State::HaveSender) {
            error("554 5.5.1 No valid recipients\r\n", step);
            return;
        }
        if (m_state != State::HaveRecipient) {
            error("503 5.5.1 MAIL and RCPT first\r\n", step);
            return;
        }
        m_state = State::Data;
        m_dataBytes = 0;
        m_midLine = false;
        step->reply += "354 End data with <CR><LF>.<CR><LF>\r\n";
        return;
    }
    if (verb == "AUTH" || verb == "EXPN" || verb == "TURN" || verb == "ETRN")
        error("502 5.5.1 Not offered here\r\n", step);
    else
        error("500 5.5.2 Command not recognized\r\n", step);
}

void SmtpSession::dataLine(const QByteArray &line, bool complete, Step *step)
{
    const bool lineStart = !m_midLine;
    if (complete && lineStart && line == ".") {
        if (m_dataBytes > m_limits.maxMessageBytes) {
            step->reply += "552 5.3.4 Message too big: at most "
                    + QByteArray::number(m_limits.maxMessageBytes) + " bytes\r\n";
            resetTransaction();
            m_state = State::Ready;
            return;
        }
        m_state = State::WaitingCommit;
        step->message = m_message;
        return;
    }
    // Dot-unstuffing (RFC 5321 4.5.2): a line's leading dot was doubled by the sender.
    const QByteArray text = lineStart && line.startsWith('.') ? line.mid(1) : line;
    const QByteArray chunk = complete ? text + "\r\n" : text;
    m_dataBytes += chunk.size();
    const qint64 room = m_limits.maxMessageBytes - m_message.data.size();
    if (room >= chunk.size()) {
        m_message.data += chunk;
    } else {
        if (room > 0)
            m_message.data += chunk.left(room);
        m_message.truncated = true;
    }
    m_midLine = !complete;
}

} // namespace uptrack
