import QtQuick
import QtQuick.Layouts
import Qinqing

// The bar on top of every inner screen: a big "back" button and a title.
Rectangle {
    id: header

    property alias title: titleText.text
    property alias subtitle: subtitleText.text
    property bool showBack: true
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
