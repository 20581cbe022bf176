import QtQuick
import QtQuick.Layouts
import Qinqing

// The bar on top of every inner screen: a big "back" button, a speaker that
// reads the screen's prompt aloud, and a title.
Rectangle {
    id: header

    property alias title: titleText.text
    property alias subtitle: subtitleText.text
    // What the speaker reads: the title and the subtitle, unless a screen
    // has a fuller prompt for children who cannot read yet.
    property string speech: [title, subtitle].filter(words => words !== "").join(". ")
    property bool showBack: true
    // On every screen a child sees; off on the screens behind the teacher's PIN.
    property bool readAloud: true
    // Buttons on the right, such as "Send".
    default property alias actions: actionsRow.data
    signal backClicked

    implicitHeight: Theme.headerHeight
    color: Theme.surfaceWarm

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        spacing: Theme.spacing

        QqButton {
            objectName: "backButton"
            visible: header.showBack
            text: qsTr("Back")
            iconName: "back"
            tint: Theme.surface
            textColor: Theme.text
            border.color: Theme.border
            border.width: 2
            onClicked: header.backClicked()
        }
        QqSpeakButton {
            objectName: "speakTitle"
            visible: header.readAloud && speech !== ""
            speech: header.speech
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            Text {
                id: titleText
                Layout.fillWidth: true
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontTitle
                font.bold: true
                elide: Text.ElideRight
            }
            Text {
                id: subtitleText
                Layout.fillWidth: true
                visible: text !== ""
                color: Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
                elide: Text.ElideRight
            }
        }
        RowLayout {
            id: actionsRow
            spacing: Theme.spacing / 2
        }
    }
}
