import QtQuick
import QtQuick.Layouts
import Qinqing
import Qinqing.Ui

// Is this right? One question, two big answers.
Item {
    ColumnLayout {
        anchors.centerIn: parent
        width: parent.width - 4 * Theme.margin
        spacing: Theme.spacing * 1.5

        Image {
            Layout.alignment: Qt.AlignHCenter
            source: Theme.icon(Calls.personIcon)
            sourceSize: Qt.size(160, 160)
            Rectangle {
                z: -1
                anchors.fill: parent
                radius: Theme.radius
                color: Theme.calls
            }
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            QqSpeakButton {
                objectName: "speakConfirm"
                speech: [question.text, placeText.text].join(". ")
            }
        Text {
            id: question
            Layout.fillWidth: true
            text: qsTr("Call %1 %2?").arg(Calls.person).arg(Calls.chosenTime)
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontTitle
            font.bold: true
            wrapMode: Text.WordWrap
            horizontalAlignment: Text.AlignHCenter
        }
        }
        Text {
            id: placeText
            Layout.fillWidth: true
            text: qsTr("At the %1").arg(Calls.chosenPlace)
            color: Theme.textMuted
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontLarge
            horizontalAlignment: Text.AlignHCenter
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing * 2
            QqButton {
                objectName: "confirmNo"
                Layout.fillWidth: true
                text: qsTr("No, go back")
                iconName: "no"
                tint: Theme.teacher
                onClicked: Calls.back()
            }
            QqButton {
                objectName: "confirmYes"
                Layout.fillWidth: true
                text: qsTr("Yes, book it")
                iconName: "phone"
                tint: Theme.calls
                onClicked: Calls.confirm()
            }
        }
    }
}
