import QtQuick
import QtQuick.Layouts
import Qinqing
import Qinqing.Ui

// Done: the letter is in the box (stored, sealed) and who reads it.
Item {
    ColumnLayout {
        anchors.centerIn: parent
        width: parent.width - 2 * Theme.margin
        spacing: Theme.spacing

        Image {
            Layout.alignment: Qt.AlignHCenter
            source: Theme.icon("heart_box")
            sourceSize.width: 220
            sourceSize.height: 220
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            QqSpeakButton {
                objectName: "speakSent"
                speech: [sentTitle.text, onlyReader.text].join(". ")
            }
        Text {
            id: sentTitle
            objectName: "sentTitle"
            Layout.fillWidth: true
            text: qsTr("Your letter is in the box.")
            color: Theme.mailbox
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontHuge
            font.bold: true
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
        }
        }
        Text {
            id: onlyReader
            Layout.fillWidth: true
            text: qsTr("Only %1 reads it. Thank you for telling.").arg(Mail.counselorName)
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontLarge
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
        }
        QqButton {
            objectName: "sentDone"
            Layout.alignment: Qt.AlignHCenter
            Layout.preferredWidth: 360
            text: qsTr("OK")
            iconName: "ok"
            tint: Theme.success
            fontSize: Theme.fontLarge
            onClicked: Kiosk.goHome()
        }
    }
}
