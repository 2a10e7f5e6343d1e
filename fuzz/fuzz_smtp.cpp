// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The fuzz target for the e-mail ping receiver: a byte stream, cut into reads at places
// the first byte chooses, fed to SmtpSession as a peer would send it, every message it
// takes parsed by MailMessage; the session's limits checked after every read.
#include "mail/mailmessage.h"
#include "mail/smtpsession.h"

#include <cstdint>
#include <cstdlib>

using namespace uptrack;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const int cut = data[0] % 65; // 0: the whole stream in one read
    const QByteArray stream(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    SmtpSession::Limits limits;
    limits.maxMessageBytes = 4096;
    limits.maxLineBytes = 256;
    SmtpSession session(limits, "fuzz.lan", true, [](const QString &address) {
        return address.startsWith(QLatin1Char('p'));
    });
    qsizetype pos = 0;
    bool tlsNext = false;
    while (pos < stream.size()) {
        const qsizetype n
                = cut == 0 ? stream.size() - pos : std::min<qsizetype>(cut, stream.size() - pos);
        SmtpSession::Step step = session.feed(stream.mid(pos, n));
        pos += n;
        for (int rounds = 0; step.message && rounds < 100; ++rounds) {
            if (step.message->data.size() > limits.maxMessageBytes)
                std::abort(); // the limit did not hold
            const MailMessage m = MailMessage::parse(step.message->data);
            tlsNext = tlsNext || m.subject.size() % 2;
            step = session.finishMessage(m.text.size() % 3 != 0);
        }
        if (step.startTls)
            session.tlsStarted();
        if (step.close)
            break;
    }
    return 0;
}
