import QtQuick
import QtQuick.Layouts
import QtMultimedia
import Qinqing
import Qinqing.Ui

// A warm hello (or goodbye) with the child's name and photo; on the child's
// birthday, a cake and a little tune.
Rectangle {
    id: screen

    readonly property bool birthday: Kiosk.greeting === Kiosk.Birthday
    readonly property bool leaving: Kiosk.greeting === Kiosk.Goodbye || Kiosk.greeting === Kiosk.AlreadyOut

    color: birthday ? "#FFF0F5" : Theme.background

    SoundEffect {
        id: tune
        source: "qrc:/qt/qml/Qinqing/assets/sounds/birthday.wav"
        volume: 0.8
    }
    Component.onCompleted: if (birthday)
        tune.play()

    ColumnLayout {
        anchors.centerIn: parent
        width: parent.width - 2 * Theme.margin
        spacing: Theme.spacing

        Image {
            visible: screen.birthday
            Layout.alignment: Qt.AlignHCenter
            source: Theme.icon("cake")
            sourceSize: Qt.size(140, 140)
        }
        QqPhoto {
            Layout.alignment: Qt.AlignHCenter
            source: Kiosk.childPhoto
            size: screen.birthday ? 220 : 280
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            QqSpeakButton {
                objectName: "speakGreeting"
                speech: [greetingText.text, detailText.text, booksText.visible ? booksText.text : ""].filter(words => words !== "").join(". ")
            }
        Text {
            id: greetingText
            objectName: "greetingText"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            color: screen.birthday ? Theme.mailbox : Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontHuge
            font.bold: true
            text: {
                switch (Kiosk.greeting) {
                case Kiosk.Birthday:
                    return qsTr("Happy birthday, %1!").arg(Kiosk.childName);
                case Kiosk.Goodbye:
                    return qsTr("Goodbye, %1! See you soon.").arg(Kiosk.childName);
                case Kiosk.AlreadyIn:
                    return qsTr("%1, you are already signed in.").arg(Kiosk.childName);
                case Kiosk.AlreadyOut:
                    return qsTr("%1, you are already signed out.").arg(Kiosk.childName);
                default:
                    return qsTr("Welcome, %1!").arg(Kiosk.childName);
                }
            }
        }
        }
        Text {
            id: detailText
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            color: Theme.textMuted
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontLarge
            text: screen.birthday ? qsTr("Everyone in the Family Room wishes you a happy day. Signed in at %1.").arg(Kiosk.greetingTime) : screen.leaving ? qsTr("Signed out at %1. Go home safely!").arg(Kiosk.greetingTime) : qsTr("Signed in at %1.").arg(Kiosk.greetingTime)
        }
        // "Read a good book every term": what this term has been so far.
        Text {
            id: booksText
            objectName: "booksThisTerm"
            visible: !screen.leaving && Kiosk.booksThisTerm > 0
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            color: Theme.library
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            font.bold: true
            text: qsTr("This term: %n book(s) read", "", Kiosk.booksThisTerm)
        }
        // An answer from the counselor waits: opened with the picture code.
        QqButton {
            objectName: "openReply"
            visible: Kiosk.replyWaiting
            Layout.alignment: Qt.AlignHCenter
            text: qsTr("You have an answer in the mailbox! Open it")
            iconName: "reply"
            tint: Theme.mailbox
            fontSize: Theme.fontLarge
            onClicked: Kiosk.openReply()
        }
        QqButton {
            objectName: "okButton"
            Layout.alignment: Qt.AlignHCenter
            Layout.preferredWidth: 360
            text: qsTr("OK")
            iconName: "ok"
            tint: Theme.success
            fontSize: Theme.fontLarge
            onClicked: Kiosk.continueAfterGreeting()
        }
    }
}
