// How long one check of a 10 KB message takes once the content is loaded (the target: under 5 ms).
// Not a test: run build/tests/checker/bench_checker [database] by hand; it prints the times.
#include "checker.h"
#include "sqlitereader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QString path = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral(PHISHAID_CONTENT_DB);
    QElapsedTimer timer;
    timer.start();
    const phishaid::content::ReadResult read = phishaid::content::readContentDatabase(path);
    if (!read.content) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(path), qPrintable(read.detail));
        return 1;
    }
    const qint64 readMs = timer.elapsed();
    timer.restart();
    const phishaid::checker::Checker checker(*read.content);
    const qint64 buildMs = timer.elapsed();

    // A phishing mail padded to 10 KB: headers, urgency, a request for the card, links and numbers spread through it.
    QString message = u"差出人: 三井住友カード <info@smbc-card-secure.example.top>\n件名: 【ご協力のお願い】不正利用防止のため速やかな対応をお願いします\n\n"_s;
    const QString paragraph = u"お客様のカードに不正利用の可能性があります。24時間以内に https://smbc-card-login.com/verify からカード番号を入力してください。"
                              "お問い合わせは 0120-95-0178 または https://www.smbc-card.com/mem/index.jsp まで。\n"_s;
    while (message.toUtf8().size() < 10 * 1024) {
        message += paragraph;
    }
    const qsizetype bytes = message.toUtf8().size();

    constexpr int Runs = 200;
    QList<double> times;
    int verdict = 0;
    for (int i = 0; i < Runs; ++i) {
        timer.restart();
        const phishaid::checker::CheckResult result = checker.check(message);
        times.append(double(timer.nsecsElapsed()) / 1e6);
        verdict += int(result.verdict);
    }
    std::sort(times.begin(), times.end());
    double sum = 0;
    for (const double t : std::as_const(times)) {
        sum += t;
    }
    std::printf("content: read %lld ms, checker built %lld ms\n", qint64(readMs), qint64(buildMs));
    std::printf("one check of a %lld-byte message, %d runs: median %.2f ms, mean %.2f ms, min %.2f ms, max %.2f ms\n", qint64(bytes), Runs, times.at(Runs / 2),
        sum / Runs, times.first(), times.last());
    return verdict > 0 ? 0 : 1;
}
