// Reads one text aloud through the kiosk's own speaker (makeSystemSpeaker:
// QtTextToSpeech, engine "speechd") and waits for the end. Used by
// speechd_speaks_mandarin.sh, which points Speech Dispatcher's audio at a file.
#include "read_aloud.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLocale>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 3) {
        std::fprintf(stderr, "usage: read_aloud_probe zh_CN|en TEXT\n");
        return 2;
    }
    QLocale::setDefault(QLocale(QString::fromLatin1(argv[1])));
    qq::ReadAloud readAloud(qq::makeSystemSpeaker());
    readAloud.speak(QString::fromUtf8(argv[2]));
    QElapsedTimer waited;
    waited.start();
    while (readAloud.speaking() && waited.elapsed() < 30'000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
    std::printf("read_aloud_probe: %s after %lld ms\n", readAloud.speaking() ? "still speaking" : "finished",
                waited.elapsed());
    return readAloud.speaking() ? 1 : 0;
}
