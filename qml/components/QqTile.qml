import QtQuick
import QtQuick.Layouts
import Qinqing

// A big picture tile on the home screen. "soon" marks features still to
// come. The speaker in its corner reads the words aloud; the rest of the tile
// does what it says.
Rectangle {
    id: tile

    property alias title: titleText.text
    property alias subtitle: subtitleText.text
    property string iconName
    property bool soon: false
    property int iconSize: 96
    signal clicked

    radius: Theme.radius
    color: tapHandler.pressed ? Qt.darker(tint, 1.12) : tint
    property color tint: Theme.signIn
    Accessible.role: Accessible.Button
    Accessible.name: title

    RowLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        // A tall tile's words sit below its speaker; a short one keeps them clear of it.
        anchors.rightMargin: tile.height > 3 * speak.height ? Theme.spacing : speak.width + 2 * speak.anchors.margins
        spacing: Theme.spacing
        Image {
            source: Theme.icon(tile.iconName)
            sourceSize: Qt.size(tile.iconSize, tile.iconSize)
            Layout.preferredWidth: tile.iconSize
            Layout.preferredHeight: tile.iconSize
            Layout.alignment: Qt.AlignVCenter
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 4
            Text {
                id: titleText
                Layout.fillWidth: true
                color: Theme.textOnColor
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontLarge
                font.bold: true
                wrapMode: Text.WordWrap
            }
            Text {
                id: subtitleText
                Layout.fillWidth: true
                visible: text !== ""
                color: Theme.textOnColor
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.WordWrap
            }
        }
    }

    QqSpeakButton {
        id: speak
        objectName: tile.objectName + "Speak"
        anchors.top: parent.top
        anchors.right: parent.right
        anchors.margins: 14
        speech: [tile.title, tile.subtitle].filter(words => words !== "").join(". ")
    }

    Rectangle {
        visible: tile.soon
        anchors.bottom: parent.bottom
        anchors.right: parent.right
        anchors.margins: 14
        radius: height / 2
        color: Theme.surface
        width: soonText.implicitWidth + 28
        height: soonText.implicitHeight + 10
        Text {
            id: soonText
            anchors.centerIn: parent
            text: qsTr("Coming soon")
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
            font.bold: true
        }
    }

    TapHandler {
        id: tapHandler
        onTapped: point => {
            if (!speak.covers(tile, point.position))
                tile.clicked();
        }
    }
}
