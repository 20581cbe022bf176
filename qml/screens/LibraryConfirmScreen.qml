import QtQuick
import QtQuick.Layouts
import Qinqing
import Qinqing.Ui

// Borrow this book? The cover, the title, yes or no. With several copies on
// the shelf, the sticker on the one in the child's hands says which.
Item {
    RowLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin * 2
        spacing: Theme.margin * 2

        Image {
            objectName: "pickedCover"
            Layout.preferredWidth: 330
            Layout.preferredHeight: 440
            Layout.alignment: Qt.AlignVCenter
            source: Library.pickedCover
            sourceSize: Qt.size(330, 440)
            fillMode: Image.PreserveAspectCrop
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignVCenter
            spacing: Theme.spacing

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                QqSpeakButton {
                    objectName: "speakBorrow"
                    speech: [question.text, keepText.text].join(". ")
                }
            Text {
                id: question
                Layout.fillWidth: true
                text: qsTr("Borrow 《%1》?").arg(Library.pickedTitle)
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontTitle
                font.bold: true
                wrapMode: Text.WordWrap
            }
            }
            Text {
                Layout.fillWidth: true
                visible: Library.pickedAuthor !== ""
                text: Library.pickedAuthor
                color: Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontLarge
            }
            Text {
                id: keepText
                Layout.fillWidth: true
                text: qsTr("You can keep it for %n day(s).", "", Library.loanDays)
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
            }
            RowLayout {
                visible: Library.needsSticker
                Layout.fillWidth: true
                spacing: Theme.spacing
                Viewfinder {
                    Layout.preferredWidth: 300
                    Layout.preferredHeight: 200
                }
                Text {
                    objectName: "stickerHint"
                    Layout.fillWidth: true
                    text: qsTr("There are several of this book. Show the sticker on the back of yours to the camera.")
                    color: Theme.library
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                    wrapMode: Text.WordWrap
                }
            }
            RowLayout {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
                spacing: Theme.spacing * 2
                QqButton {
                    objectName: "borrowNo"
                    Layout.fillWidth: true
                    text: qsTr("No, go back")
                    iconName: "no"
                    tint: Theme.teacher
                    onClicked: Library.backToShelf()
                }
                QqButton {
                    objectName: "borrowYes"
                    Layout.fillWidth: true
                    enabled: !Library.needsSticker
                    opacity: enabled ? 1 : 0.45
                    text: qsTr("Yes, borrow it")
                    iconName: "book"
                    tint: Theme.library
                    onClicked: Library.confirmBorrow()
                }
            }
        }
    }
}
