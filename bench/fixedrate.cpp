// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// An open-loop HTTP load generator: requests go out on a fixed schedule (R a second,
// spread over C keep-alive connections) and each one's latency is measured from when it
// was *due*, not from when it could be sent. A server that stalls for 200 ms therefore
// shows 200 ms of latency on every request that fell due during the stall, where a
// closed-loop tool such as wrk sends nothing while its connections wait and so sees one
// slow request per connection (coordinated omission). Plain POSIX and epoll, one
// thread, no Qt: the generator must not be the noisy part.
//
//   uptrack_fixedrate --port P (--path /ping/TOKEN | --paths FILE) [--rate 20000]
//                     [--seconds 60] [--connections 64] [--interval 10] [--label TEXT]
//                     [--host 127.0.0.1]
//
// With --paths, the requests go to the file's paths in rotation (one per line). Prints
// a summary line (sent, answered, non-2xx, errors, latency p50/p90/p99/p99.9/p99.99/max)
// and one line per interval of the schedule.
#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <sys/timerfd.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <deque>
#include <fstream>
#include <string>
#include <vector>

namespace {

int64_t nowNs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return int64_t(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

struct Options
{
    std::string host = "127.0.0.1";
    int port = 0;
    std::vector<std::string> paths;
    double rate = 20000;
    double seconds = 60;
    int connections = 64;
    double interval = 10;
    std::string label = "uptrack";
};

struct Sample
{
    int64_t dueNs; // since the schedule's start
    int64_t latencyNs;
};

struct Connection
{
    int fd = -1;
    bool busy = false;
    int64_t inFlightDue = 0;     // absolute, of the request on the wire
    std::deque<int64_t> waiting; // absolute due times of requests not sent yet
    std::deque<size_t> waitingPath;
    std::string out;
    std::string in;
};

struct Totals
{
    uint64_t sent = 0;
    uint64_t answered = 0;
    uint64_t non2xx = 0;
    uint64_t errors = 0;
    uint64_t reconnects = 0;
};

[[noreturn]] void usage(const char *why)
{
    std::fprintf(stderr,
                 "uptrack_fixedrate: %s\nusage: uptrack_fixedrate --port P (--path PATH | "
                 "--paths FILE) [--rate R] [--seconds S] [--connections C] [--interval S] "
                 "[--label TEXT] [--host ADDR]\n",
                 why);
    std::exit(2);
}

Options parse(int argc, char **argv)
{
    Options o;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (i + 1 >= argc)
            usage(("missing value after " + a).c_str());
        const std::string v = argv[++i];
        if (a == "--host") {
            o.host = v;
        } else if (a == "--port") {
            o.port = std::atoi(v.c_str());
        } else if (a == "--path") {
            o.paths.push_back(v);
        } else if (a == "--paths") {
            std::ifstream f(v);
            if (!f)
                usage(("cannot read " + v).c_str());
            for (std::string line; std::getline(f, line);) {
                if (!line.empty())
                    o.paths.push_back(line);
            }
        } else if (a == "--rate") {
            o.rate = std::atof(v.c_str());
        } else if (a == "--seconds") {
            o.seconds = std::atof(v.c_str());
        } else if (a == "--connections") {
            o.connections = std::atoi(v.c_str());
        } else if (a == "--interval") {
            o.interval = std::atof(v.c_str());
        } else if (a == "--label") {
            o.label = v;
        } else {
            usage(("unknown option " + a).c_str());
        }
    }
    if (o.port <= 0 || o.port > 65535)
        usage("--port is required");
    if (o.paths.empty())
        usage("--path or --paths is required");
    if (o.rate <= 0 || o.seconds <= 0 || o.connections <= 0 || o.interval <= 0)
        usage("--rate, --seconds, --connections and --interval must be positive");
    return o;
}

int connectTo(const Options &o)
{
    const int fd = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(uint16_t(o.port));
    if (fd < 0 || inet_pton(AF_INET, o.host.c_str(), &addr.sin_addr) != 1) {
        std::fprintf(stderr, "uptrack_fixedrate: bad address %s\n", o.host.c_str());
        std::exit(1);
    }
    if (connect(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0) {
        std::fprintf(stderr, "uptrack_fixedrate: cannot connect to %s:%d: %s\n", o.host.c_str(),
                     o.port, std::strerror(errno));
        std::exit(1);
    }
    int one = 1;
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    // Non-blocking only after the connect, so the connect itself is simple.
    const int flags = fcntl(fd, F_GETFL);
    fcntl(fd, F_SETFL, flags | O_NONBLOCK);
    return fd;
}

double pct(const std::vector<int64_t> &sorted, double p)
{
    if (sorted.empty())
        return 0;
    const size_t i = std::min(sorted.size() - 1, size_t(p / 100.0 * double(sorted.size())));
    return double(sorted[i]) / 1e6;
}

struct Figures
{
    size_t n;
    double p50, p90, p99, p999, p9999, max;
};

Figures figures(std::vector<int64_t> v)
{
    std::sort(v.begin(), v.end());
    return {v.size(),
            pct(v, 50),
            pct(v, 90),
            pct(v, 99),
            pct(v, 99.9),
            pct(v, 99.99),
            v.empty() ? 0 : double(v.back()) / 1e6};
}

class Generator
{
public:
    explicit Generator(Options o) : m_o(std::move(o)) { }

    int run()
    {
        m_epoll = epoll_create1(0);
        m_timer = timerfd_create(CLOCK_MONOTONIC, 0);
        epoll_event tev{};
        tev.events = EPOLLIN;
        tev.data.u64 = UINT64_MAX;
        epoll_ctl(m_epoll, EPOLL_CTL_ADD, m_timer, &tev);
        m_conns.resize(size_t(m_o.connections));
        for (size_t i = 0; i < m_conns.size(); ++i)
            open(i);
        const int64_t step = int64_t(1e9 / m_o.rate);
        const uint64_t total = uint64_t(m_o.rate * m_o.seconds);
        m_start = nowNs() + 100'000'000;
        m_samples.reserve(total);
        uint64_t next = 0;
        const int64_t drainUntil = m_start + int64_t(m_o.seconds * 1e9) + 10'000'000'000;
        while (true) {
            const int64_t now = nowNs();
            while (next < total && m_start + int64_t(next) * step <= now) {
                schedule(next % m_conns.size(), m_start + int64_t(next) * step,
                         size_t(next % m_o.paths.size()));
                ++next;
            }
            if (next >= total && (outstanding() == 0 || now > drainUntil))
                break;
            arm(next < total ? m_start + int64_t(next) * step : now + 100'000'000);
            epoll_event events[128];
            const int n = epoll_wait(m_epoll, events, 128, -1);
            for (int i = 0; i < n; ++i) {
                if (events[i].data.u64 == UINT64_MAX) {
                    uint64_t expirations = 0;
                    [[maybe_unused]] auto r = read(m_timer, &expirations, sizeof expirations);
                    continue;
                }
                service(size_t(events[i].data.u64), events[i].events);
            }
        }
        report(total);
        return 0;
    }

private:
    void open(size_t i)
    {
        Connection &c = m_conns[i];
        c.fd = connectTo(m_o);
        epoll_event ev{};
        ev.events = EPOLLIN | EPOLLRDHUP;
        ev.data.u64 = i;
        epoll_ctl(m_epoll, EPOLL_CTL_ADD, c.fd, &ev);
    }

    void reopen(size_t i)
    {
        Connection &c = m_conns[i];
        epoll_ctl(m_epoll, EPOLL_CTL_DEL, c.fd, nullptr);
        close(c.fd);
        c.in.clear();
        c.out.clear();
        if (c.busy) {
            ++m_totals.errors; // the request on the wire got no answer
            c.busy = false;
        }
        ++m_totals.reconnects;
        open(i);
        sendNext(i);
    }

    void arm(int64_t atNs)
    {
        itimerspec spec{};
        spec.it_value.tv_sec = atNs / 1'000'000'000;
        spec.it_value.tv_nsec = atNs % 1'000'000'000;
        timerfd_settime(m_timer, TFD_TIMER_ABSTIME, &spec, nullptr);
    }

    uint64_t outstanding() const
    {
        uint64_t n = 0;
        for (const Connection &c : m_conns)
            n += (c.busy ? 1 : 0) + c.waiting.size();
        return n;
    }

    void schedule(size_t i, int64_t due, size_t path)
    {
        Connection &c = m_conns[i];
        c.waiting.push_back(due);
        c.waitingPath.push_back(path);
        if (!c.busy)
            sendNext(i);
    }

    void sendNext(size_t i)
    {
        Connection &c = m_conns[i];
        if (c.busy || c.waiting.empty())
            return;
        c.inFlightDue = c.waiting.front();
        const std::string &path = m_o.paths[c.waitingPath.front()];
        c.waiting.pop_front();
        c.waitingPath.pop_front();
        c.busy = true;
        c.out = "GET " + path + " HTTP/1.1\r\nHost: " + m_o.host + "\r\n\r\n";
        ++m_totals.sent;
        flush(i);
    }

    void flush(size_t i)
    {
        Connection &c = m_conns[i];
        while (!c.out.empty()) {
            const ssize_t w = write(c.fd, c.out.data(), c.out.size());
            if (w > 0) {
                c.out.erase(0, size_t(w));
            } else if (w < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
                break;
            } else {
                reopen(i);
                return;
            }
        }
        epoll_event ev{};
        ev.events = EPOLLIN | EPOLLRDHUP | (c.out.empty() ? 0u : uint32_t(EPOLLOUT));
        ev.data.u64 = i;
        epoll_ctl(m_epoll, EPOLL_CTL_MOD, c.fd, &ev);
    }

    void service(size_t i, uint32_t events)
    {
        Connection &c = m_conns[i];
        if (events & EPOLLOUT)
            flush(i);
        if (!(events & (EPOLLIN | EPOLLRDHUP | EPOLLHUP | EPOLLERR)))
            return;
        char buf[16384];
        while (true) {
            const ssize_t r = read(c.fd, buf, sizeof buf);
            if (r > 0) {
                c.in.append(buf, size_t(r));
                continue;
            }
            if (r < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
                break;
            // Closed by the server: whatever is complete is read below, then reconnect.
            while (parse(i)) { }
            reopen(i);
            return;
        }
        while (parse(i)) { }
    }

    // One complete response at the start of the buffer: records it; false if incomplete.
    bool parse(size_t i)
    {
        Connection &c = m_conns[i];
        const size_t end = c.in.find("\r\n\r\n");
        if (end == std::string::npos || !c.busy)
            return false;
        size_t length = 0;
        bool closing = false;
        for (size_t line = c.in.find("\r\n") + 2; line < end;) {
            const size_t eol = c.in.find("\r\n", line);
            std::string header = c.in.substr(line, eol - line);
            std::transform(header.begin(), header.end(), header.begin(),
                           [](unsigned char ch) { return char(std::tolower(ch)); });
            if (header.rfind("content-length:", 0) == 0)
                length = size_t(std::strtoul(header.c_str() + 15, nullptr, 10));
            if (header.rfind("connection:", 0) == 0 && header.find("close") != std::string::npos)
                closing = true;
            line = eol + 2;
        }
        if (c.in.size() < end + 4 + length)
            return false;
        const int status = c.in.size() > 12 ? std::atoi(c.in.c_str() + 9) : 0;
        c.in.erase(0, end + 4 + length);
        const int64_t now = nowNs();
        m_samples.push_back({c.inFlightDue - m_start, now - c.inFlightDue});
        ++m_totals.answered;
        if (status < 200 || status > 299)
            ++m_totals.non2xx;
        c.busy = false;
        if (closing) {
            reopen(i);
            return false;
        }
        sendNext(i);
        return true;
    }

    void report(uint64_t total)
    {
        std::vector<int64_t> all;
        all.reserve(m_samples.size());
        for (const Sample &s : m_samples)
            all.push_back(s.latencyNs);
        const Figures f = figures(all);
        const double achieved = double(m_totals.answered) / m_o.seconds;
        std::printf("fixedrate %s: %.0f requests/s scheduled for %.0f s over %d connections: "
                    "%llu due, %llu sent, %llu answered (%.0f/s), %llu not 2xx, %llu lost, "
                    "%llu reconnects\n",
                    m_o.label.c_str(), m_o.rate, m_o.seconds, m_o.connections,
                    static_cast<unsigned long long>(total),
                    static_cast<unsigned long long>(m_totals.sent),
                    static_cast<unsigned long long>(m_totals.answered), achieved,
                    static_cast<unsigned long long>(m_totals.non2xx),
                    static_cast<unsigned long long>(total - m_totals.answered),
                    static_cast<unsigned long long>(m_totals.reconnects));
        std::printf("fixedrate %s: latency from the scheduled send (ms): p50 %.2f  p90 %.2f  "
                    "p99 %.2f  p99.9 %.2f  p99.99 %.2f  max %.2f\n",
                    m_o.label.c_str(), f.p50, f.p90, f.p99, f.p999, f.p9999, f.max);
        const auto width = int64_t(m_o.interval * 1e9);
        const size_t buckets = size_t(std::ceil(m_o.seconds / m_o.interval));
        std::vector<std::vector<int64_t>> per(buckets);
        for (const Sample &s : m_samples)
            per[std::min(buckets - 1, size_t(std::max<int64_t>(0, s.dueNs) / width))].push_back(
                    s.latencyNs);
        std::printf("fixedrate %s: per %.0f s of schedule:  from(s)  answered  p50  p99  "
                    "p99.9  max (ms)\n",
                    m_o.label.c_str(), m_o.interval);
        for (size_t b = 0; b < buckets; ++b) {
            const Figures g = figures(per[b]);
            std::printf("  %6.0f %9zu %6.2f %6.2f %7.2f %7.2f\n", double(b) * m_o.interval, g.n,
                        g.p50, g.p99, g.p999, g.max);
        }
    }

    Options m_o;
    int m_epoll = -1;
    int m_timer = -1;
    int64_t m_start = 0;
    std::vector<Connection> m_conns;
    std::vector<Sample> m_samples;
    Totals m_totals;
};

} // namespace

int main(int argc, char **argv)
{
    Generator generator(parse(argc, argv));
    return generator.run();
}
