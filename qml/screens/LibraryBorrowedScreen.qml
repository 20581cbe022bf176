import QtQuick
import QtQuick.Layouts
import Qinqing
import Qinqing.Ui

// Done: the book is the child's until the day shown, in big letters.
Item {
    ColumnLayout {
        anchors.centerIn: parent
        width: parent.width - 4 * Theme.margin
        spacing: Theme.spacing

        Image {
            Layout.alignment: Qt.AlignHCenter
            Layout.preferredWidth: 210
            Layout.preferredHeight: 280
            source: Library.pickedCover
            sourceSize: Qt.size(210, 280)
            fillMode: Image.PreserveAspectCrop
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            QqSpeakButton {
                objectName: "speakBorrowed"
                speech: [borrowedTitle.text, dueText.text].join(". ")
            }
        Text {
            id: borrowedTitle
            objectName: "borrowedTitle"
            Layout.fillWidth: true
            text: qsTr("《%1》 is yours to read!").arg(Library.pickedTitle)
            color: Theme.library
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontTitle
            font.bold: true
            wrapMode: Text.WordWrap
            horizontalAlignment: Text.AlignHCenter
        }
        }
        Text {
            id: dueText
            objectName: "dueText"
            Layout.fillWidth: true
            text: qsTr("Bring it back by %1").arg(Library.dueText)
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontLarge
            font.bold: true
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
        }
        QqButton {
            objectName: "borrowedDone"
            Layout.alignment: Qt.AlignHCenter
            Layout.preferredWidth: 360
            text: qsTr("OK")
            iconName: "ok"
            tint: Theme.success
            onClicked: Library.done()
        }
    }
}
